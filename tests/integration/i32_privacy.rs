//! Issue 32, true to the office: each test pins one wrong output of the review.
