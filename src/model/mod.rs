//! Typed structs for the site's configuration and its stories. Shape only: whether a
//! reference points anywhere is `validate`'s business.

pub mod agencies;
pub mod calendar;
pub mod columns;
pub mod config;
pub mod criteria;
pub mod exemplars;
pub mod labels;
pub mod registry;
pub mod site;
pub mod story;

pub use columns::Rule;
pub use config::Config;
pub use criteria::Level;
pub use exemplars::{Exemplars, Standing};
pub use registry::{Unit, UnitType};
pub use site::Outlet;
pub use story::{Kind, Story, SubjectType};
