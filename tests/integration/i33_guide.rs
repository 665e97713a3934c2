//! Tests of issue 33 (filled in by its branch).
