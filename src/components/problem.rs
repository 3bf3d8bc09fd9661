use yew::prelude::*;

/// The `role="alert"` banner; always in the page so that assistive technology announces a
/// problem the moment its text appears. A function drawn with the page, not a component of its
/// own: a component's machinery would cost the page's wasm more than redrawing these few nodes.
pub fn problem_banner(message: Option<&str>, ondismiss: &Callback<()>) -> Html {
    let ondismiss = ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="problem" role="alert">
            if let Some(message) = message {
                <p>{ message }</p>
                <button type="button" class="dismiss" aria-label="Dismiss this message" onclick={ondismiss}>{ "×" }</button>
            }
        </div>
    }
}
