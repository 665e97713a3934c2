use crate::support::Site;
