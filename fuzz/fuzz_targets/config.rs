    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
!    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
A    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
b    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
!    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
x    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
`    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
x    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
`    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
L    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
!    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
v    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
`    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
`    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
b    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
!    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
#    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
!    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
[    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
]    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
P    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
b    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
z    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
z    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
z    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
z    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
P    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
F    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
I    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
L    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
E    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
S    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
[    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
4    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
]    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
[    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
]    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
P    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
P    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
{    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
W    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
D    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
R    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
{    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
x    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
{    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
}    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
{    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
}    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
}    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
}    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
z    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
z    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
!    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
|    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
[    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
8    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
]    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
|    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
{    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
S    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
{    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
}    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
P    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
v    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
!    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
C    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
A    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
R    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
G    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
O    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
M    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
A    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
N    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
I    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
F    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
E    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
S    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
T    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
D    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
I    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
R    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
x    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
/    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
F    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
I    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
L    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
E    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
S    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
[    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
z    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
%    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
F    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
I    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
L    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
E    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
S    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
]    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
O    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
P    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
{    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
}    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
{    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
}    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
b    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
C    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
v    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
!    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
C    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
A    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
R    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
G    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
O    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
B    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
I    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
N    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
E    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
X    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
E    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
[    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
b    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
-    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
-    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
]    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
-    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
-    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
g    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
W    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
D    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
f    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
R    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
k    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
{    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
|    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
|    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
j    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
m    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
!    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
=    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
|    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
|    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
c    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
|    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
|    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
_    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
&    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
w    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
r    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
n    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
h    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
e    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
o    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
u    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
t    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
:    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
{    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
}    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
"    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
,    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
.    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
d    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
i    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
s    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
p    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
l    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
a    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
y    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
(    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
     let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
}    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
}    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
)    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
;    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");

    let args = guong::cli::BuildArgs {
        root: dir.path().to_owned(),
        out: Some(out.clone()),
        outlets: Vec::new(),
        drafts: true,
        future: true,
        lang: guong::cli::LangArg::Vi,
        timings: false,
        force: false,
    };
    let code = guong::commands::build::run(&args);
    assert!(code <= 2, "exit code {code}");
