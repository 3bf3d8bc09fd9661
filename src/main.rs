//! The browser entry point: mounts the app on the page's body.

/// Talc in place of the standard dlmalloc: a smaller allocator for the page's wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the page's wasm runs on one thread, as `new_global` requires.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        sourceline::recovery::install();
        sourceline::browser::hold_first_view();
        yew::Renderer::<sourceline::App>::new().render();
    }
}
