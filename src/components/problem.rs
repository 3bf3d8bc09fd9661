use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProblemProps {
    pub message: Option<String>,
    pub ondismiss: Callback<()>,
}

/// The `role="alert"` banner; always in the page so that assistive technology announces a
/// problem the moment its text appears.
#[component]
pub fn ProblemBanner(props: &ProblemProps) -> Html {
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="problem" role="alert">
            if let Some(message) = &props.message {
                <p>{ message }</p>
                <button type="button" class="dismiss" aria-label="Dismiss this message" onclick={ondismiss}>{ "×" }</button>
            }
        </div>
    }
}
