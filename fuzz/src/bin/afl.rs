//! The fuzzer's binary: `sourceline-fuzz TARGET` runs one of [`sourceline_fuzz::TARGETS`]
//! under AFL++ (`make fuzz TARGET=extract`).

fn main() {
    let name = std::env::args().nth(1).unwrap_or_default();
    let Some(target) = sourceline_fuzz::target(&name) else {
        eprintln!(
            "usage: sourceline-fuzz TARGET, one of: {}",
            sourceline_fuzz::names()
        );
        std::process::exit(2);
    };
    afl::fuzz!(|data: &[u8]| target(data));
}
