//! Typed structs for the site's configuration and its stories. Shape only: whether a
//! reference points anywhere is `validate`'s business.

pub mod columns;
pub mod config;
pub mod criteria;
pub mod registry;
pub mod site;
pub mod story;

pub use columns::{Column, Rule};
pub use config::Config;
pub use criteria::{Commendation, Criteria, Level};
pub use registry::{Registry, Unit, UnitType};
pub use site::{Outlet, SiteConfig};
pub use story::{Kind, Recognition, Story, Subject, SubjectType};
