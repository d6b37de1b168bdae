//! The library panel: save the current scenario, and open, rename, duplicate or delete (with undo)
//! saved ones. Where storage is disabled it says so and offers the share link instead.

use super::AppState;
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::library_state::{LibraryMessage, LibraryState};
use crate::platform::local_offset_minutes;
use crate::view_model::library_text::{date_time, error_text, load_notices};
use crate::view_model::scenario_edit::active_count;
use leptos::prelude::*;

#[component]
pub fn LibraryPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let lib = expect_context::<LibraryState>();
    let name = RwSignal::new(String::new());
    let renaming = RwSignal::new(None::<String>);
    let rename_text = RwSignal::new(String::new());
    let default_name = move || format!("{} {}", state.t(Msg::DefaultScenarioName), lib.entries.with(|e| e.len()) + 1);
    let save = move || {
        let typed = name.get_untracked();
        let chosen = if typed.trim().is_empty() { default_name() } else { typed.trim().to_string() };
        if lib.save(chosen, lab.scenario.get_untracked()).is_some() {
            name.set(String::new());
        }
    };
    let messages = move || {
        let lang = state.lang.get();
        lib.message.with(|m| match m {
            LibraryMessage::None => Vec::new(),
            LibraryMessage::Loaded(report) => load_notices(report, lang),
            LibraryMessage::Failed(e) => vec![error_text(e, lang)],
        })
    };
    let share_link = move || lab.scenario.with(crate::scenario_url::share_link);
    let offset = local_offset_minutes();

    view! {
        <details class="library" id="library">
            <summary>{move || state.t(Msg::LibraryHeading)} " (" {move || lib.entries.with(|e| e.len())} ")"</summary>
            {move || messages().into_iter().map(|m| view! { <p class="notice library-notice" role="alert">{m}</p> }).collect_view()}
            <Show when=move || !lib.available.get()>
                <label class="share-fallback">
                    <span>{move || state.t(Msg::ShareLinkLabel)}</span>
                    <input type="text" readonly prop:value=share_link />
                </label>
            </Show>
            <Show when=move || lib.available.get()>
                <form class="library-save" on:submit=move |ev| { ev.prevent_default(); save(); }>
                    <label>
                        <span>{move || state.t(Msg::ScenarioName)}</span>
                        <input type="text" id="library-name" prop:value=move || name.get() placeholder=default_name
                            on:input=move |ev| name.set(event_target_value(&ev)) />
                    </label>
                    <button type="submit" class="button" id="library-save">{move || state.t(Msg::SaveScenario)}</button>
                </form>
            </Show>
            {move || lib.deleted.get().map(|d| view! {
                <p class="notice" role="status">
                    {move || state.t(Msg::DeletedNotice)} " " {d.name.clone()} " "
                    <button type="button" class="link-button" id="library-undo-delete" on:click=move |_| lib.undo_delete()>
                        {move || state.t(Msg::UndoDelete)}
                    </button>
                </p>
            })}
            <Show when=move || lib.available.get() && lib.entries.with(|e| e.is_empty())>
                <p class="muted">{move || state.t(Msg::NoSavedScenarios)}</p>
            </Show>
            <ul class="library-list">
                {move || {
                    let lang = state.lang.get();
                    lib.entries.get().into_iter().map(|entry| {
                        let id = entry.id.clone();
                        let (id_open, id_ren, id_dup, id_del, id_row) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
                        let scenario = entry.scenario.clone();
                        let is_renaming = { let id = id.clone(); move || renaming.get().as_deref() == Some(id.as_str()) };
                        let start_name = entry.name.clone();
                        view! {
                            <li class="library-entry" data-entry=id_row>
                                <div class="library-entry-head">
                                    <strong class="library-entry-name">{entry.name.clone()}</strong>
                                    <span class="muted">
                                        {format!(" · {} {} · {} {}", Msg::SavedAt.text(lang), date_time(entry.updated, offset, lang),
                                            active_count(&entry.scenario), Msg::ActiveLevers.text(lang))}
                                    </span>
                                </div>
                                <Show when=is_renaming.clone()>
                                    <form class="library-rename" on:submit={
                                        let id = id_ren.clone();
                                        move |ev| { ev.prevent_default(); lib.rename(&id, rename_text.get_untracked()); renaming.set(None); }
                                    }>
                                        <input type="text" aria-label=Msg::ScenarioName.text(lang) prop:value=move || rename_text.get()
                                            on:input=move |ev| rename_text.set(event_target_value(&ev)) />
                                        <button type="submit" class="button">{Msg::SaveName.text(lang)}</button>
                                    </form>
                                </Show>
                                <div class="library-actions">
                                    <button type="button" class="button" on:click={
                                        let s = scenario.clone();
                                        move |_| { let _ = &id_open; lab.apply(s.clone()); }
                                    }>{Msg::OpenScenario.text(lang)}</button>
                                    <button type="button" class="button button-quiet" on:click={
                                        let (id, n) = (id.clone(), start_name.clone());
                                        move |_| { rename_text.set(n.clone()); renaming.set(Some(id.clone())); }
                                    }>{Msg::RenameScenario.text(lang)}</button>
                                    <button type="button" class="button button-quiet" on:click=move |_| lib.duplicate(&id_dup, Msg::CopySuffix.text(lang))>
                                        {Msg::DuplicateScenario.text(lang)}
                                    </button>
                                    <button type="button" class="button button-quiet library-delete" on:click=move |_| lib.delete(&id_del)>
                                        {Msg::DeleteScenario.text(lang)}
                                    </button>
                                </div>
                            </li>
                        }
                    }).collect_view()
                }}
            </ul>
        </details>
    }
}
