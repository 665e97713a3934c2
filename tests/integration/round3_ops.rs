//! Reliability, round 3 (issue 36): each test pins one case of the probe; its number is
//! in the test's comment.
