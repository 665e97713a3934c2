//! Issue 34 (architecture round 2): i34_channels.
