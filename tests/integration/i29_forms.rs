//! Tests of issue 29 (filled in by its branch).
