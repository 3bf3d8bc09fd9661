//! The browser entry point: mounts the app on the page's body.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<sourceline::App>::new().render();
}
