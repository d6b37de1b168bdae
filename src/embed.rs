//! Embed mode (`?embed=1`): the lab without the site's chrome, for iframes in intranet pages.
//! The address chooses what shows (`&levers=P9,P11b`, `&charts=PatientsPerGp,YearlyCost`) and which
//! host origins may drive it (`&origin=https://intranet.example`, repeatable). The app posts its
//! content height and the scenario's token to the host and loads scenarios the host posts, following
//! `embed_protocol`.

use crate::embed_protocol::{AppMessage, HostMessage, origin_allowed, parse_host_message};
use crate::lab_state::LabState;
use crate::platform::{observe_width, on_message, post_to_parent, query_param, query_values};
use crate::view_model::kpi_cards::Kpi;
use laegedaekning_core::share::{decode, encode};
use leptos::prelude::*;

/// What the embedding page asked for.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct EmbedOptions {
    pub enabled: bool,
    /// Lever ids to show (`None`: all).
    pub levers: Option<Vec<String>>,
    /// Charts to show (`None`: all).
    pub charts: Option<Vec<Kpi>>,
    pub allowed_origins: Vec<String>,
}

impl EmbedOptions {
    /// Reads the options from the address.
    pub fn from_address() -> Self {
        let list = |name: &str| {
            query_param(name).map(|v| v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect::<Vec<_>>())
        };
        EmbedOptions {
            enabled: query_param("embed").is_some_and(|v| v == "1" || v == "true"),
            levers: list("levers"),
            charts: list("charts").map(|names| Kpi::ALL.into_iter().filter(|k| names.contains(&format!("{k:?}"))).collect()),
            allowed_origins: query_values("origin"),
        }
    }

    pub fn shows_lever(&self, id: &str) -> bool {
        self.levers.as_ref().is_none_or(|ids| ids.iter().any(|i| i == id))
    }

    pub fn shows_chart(&self, kpi: Kpi) -> bool {
        self.charts.as_ref().is_none_or(|k| k.contains(&kpi))
    }
}

/// Starts talking to the host: height on every resize, the token on every scenario change, and
/// scenarios the host posts (from an allowed origin, well-formed, readable) loaded as one edit.
pub fn connect(lab: LabState, options: &EmbedOptions) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let measured = root.clone();
        let observer = observe_width(&root, move |_| {
            let height = measured.scroll_height().max(0) as u32;
            post_to_parent(&AppMessage::Height { height }.to_json());
        });
        // The observer lives as long as the page.
        std::mem::forget(observer);
    }
    Effect::new(move |_| {
        let token = lab.scenario.with(encode);
        post_to_parent(&AppMessage::Scenario { token }.to_json());
    });
    let allowed = options.allowed_origins.clone();
    on_message(move |origin, text| {
        let accepted = origin_allowed(&origin, &allowed).and_then(|()| parse_host_message(&text));
        match accepted {
            Ok(HostMessage::LoadScenario { token }) => match decode(&token) {
                Ok(decoded) => lab.apply(decoded.scenario),
                Err(e) => leptos::logging::warn!("embed: the host sent an unreadable scenario: {e}"),
            },
            Err(crate::embed_protocol::Rejected::NotOurs) => {}
            Err(reason) => leptos::logging::warn!("embed: ignored a host message: {reason:?}"),
        }
    });
}
