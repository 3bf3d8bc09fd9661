//! The Theme menu: the system's light or dark, or the reader's own choice, kept in this
//! browser. `assets/first-paint.js` applies a kept choice before the first paint, so that the page
//! is never drawn in the other theme first.

use yew::prelude::*;

use crate::{browser, storage};

/// A theme the reader can choose.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Theme {
    /// Light or dark as the system is (`prefers-color-scheme`).
    System,
    Light,
    Dark,
}

impl Theme {
    const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// Its name in the menu, in storage and in `data-theme` on the page's root.
    fn name(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme of a name; anything else (nothing kept, an older page's value) is the system's.
    fn named(name: Option<&str>) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|theme| Some(theme.name()) == name)
            .unwrap_or(Theme::System)
    }

    fn label(self) -> &'static str {
        match self {
            Theme::System => "As the system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// What the page's root says of it: nothing for the system's, which the stylesheet follows.
    fn attribute(self) -> Option<&'static str> {
        (self != Theme::System).then(|| self.name())
    }
}

#[component]
pub fn ThemeMenu() -> Html {
    let theme = use_state(|| Theme::System);
    // Read after the first render: storage is a browser API, and the page renders natively too.
    {
        let theme = theme.clone();
        use_effect_with((), move |_| {
            theme.set(Theme::named(storage::theme().as_deref()));
        });
    }
    let onchange = {
        let theme = theme.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let chosen = Theme::named(Some(&select.value()));
            storage::keep_theme(chosen.attribute());
            browser::show_theme(chosen.attribute());
            theme.set(chosen);
        })
    };
    let options = Theme::ALL.into_iter().map(|option| {
        html! {
            <option value={option.name()} selected={option == *theme}>{ option.label() }</option>
        }
    });
    html! {
        <span class="theme"><label for="theme">{ "Theme" }</label>{ " " }<select id="theme" {onchange}>{ for options }</select></span>
    }
}

#[cfg(test)]
mod tests {
    use super::Theme;

    #[test]
    fn a_kept_name_is_read_back_as_its_theme() {
        for theme in Theme::ALL {
            assert_eq!(Theme::named(Some(theme.name())), theme);
        }
        assert_eq!(Theme::named(None), Theme::System);
        assert_eq!(Theme::named(Some("sepia")), Theme::System);
        assert_eq!(Theme::System.attribute(), None);
        assert_eq!(Theme::Dark.attribute(), Some("dark"));
    }
}
