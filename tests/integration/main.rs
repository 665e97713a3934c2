//! One integration binary: each test copies a fixture site into a temporary folder,
//! runs the real `guong` binary on it and checks what it printed and wrote.

mod support;

mod architecture;
mod audio;
mod browser;
mod build;
mod calendar;
mod check;
mod console;
mod exemplars;
mod hostile;
mod i29_corpus;
mod i29_forms;
mod i30_cms;
mod i31_plans;
mod i31_province;
mod i31_province_bench;
mod i32_archives;
mod i32_office;
mod i32_privacy;
mod i32_report;
mod i32_sample;
mod i32_speech;
mod i33_guide;
mod i33_host;
mod i33_share;
mod i34_channels;
mod i34_messages;
mod i34_themes;
mod i35_perf;
mod images;
mod incremental;
mod links;
mod new;
mod nginx;
mod office;
mod reliability;
mod report;
mod round3_config;
mod round3_inputs;
mod round3_ops;
mod serve;
mod snapshots;
