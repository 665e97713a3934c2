//! Typed structs for the site's configuration and its stories. Shape only: whether a
//! reference points anywhere is `validate`'s business.

pub(crate) mod agencies;
pub(crate) mod calendar;
pub(crate) mod columns;
pub(crate) mod config;
pub(crate) mod criteria;
pub(crate) mod exemplars;
pub(crate) mod gather;
pub(crate) mod hosting;
pub(crate) mod labels;
pub(crate) mod per_unit;
pub(crate) mod plans;
pub(crate) mod registry;
pub(crate) mod site;
pub(crate) mod story;

pub(crate) use columns::Rule;
pub use config::Config;
pub(crate) use criteria::Level;
pub(crate) use exemplars::{Exemplars, Standing};
pub(crate) use registry::{Unit, UnitType};
pub(crate) use site::Outlet;
pub(crate) use story::{Kind, Story, SubjectType};
