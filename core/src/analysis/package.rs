//! A package split into players and background for attribution (MODEL.md §4.3, §11 #26).
//!
//! Decision: only *non-context, active* levers are players. Context levers (C1–C5) are exogenous
//! input paths, so they stay on in every run as part of the background — the reference run is the
//! baseline with the package's context settings, as §3D prescribes for the comparator. Levers with
//! zero intensity in every cell and the pool H5 (allocative: it changes no parameter and costs
//! nothing) change no run (T4), so they are listed as ignored instead of wasting 2^n runs on dummies.

use crate::levers::catalogue::Family;
use crate::levers::{Active, Catalogue, Resolved};
use super::area_key::area_key;
use crate::model::Area;
use crate::model::dims::CELLS;
use serde::Serialize;

/// One player of the attribution game: an active lever of the package.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Player {
    pub id: String,
    /// `id`, or `id [cells]` when the package holds the lever more than once.
    pub label: String,
    /// Largest intensity over the targeted cells.
    pub intensity: f64,
    /// Targeted cells as `<region>.t` / `<region>.o`.
    pub cells: Vec<String>,
}

/// Players and background of a resolved package.
pub(crate) struct Package {
    pub resolved: Resolved,
    /// Index into `resolved.active` of each player.
    pub players: Vec<usize>,
    pub background: Vec<usize>,
    pub ignored: Vec<String>,
}

impl Package {
    pub fn split(resolved: Resolved) -> Package {
        let cat = Catalogue::embedded();
        let (mut players, mut background, mut ignored) = (Vec::new(), Vec::new(), Vec::new());
        for (k, a) in resolved.active.iter().enumerate() {
            let family = cat.levers.get(a.lever).map(|l| l.family);
            if family == Some(Family::Context) {
                background.push(k);
            } else if family == Some(Family::Pool) || a.intensity.iter().all(|&i| i <= 0.0) {
                ignored.push(a.id.clone());
            } else {
                players.push(k);
            }
        }
        Package { resolved, players, background, ignored }
    }

    /// Whether active lever `k` runs in coalition `mask` (bit i = player i).
    pub fn in_coalition(&self, k: usize, mask: u64) -> bool {
        self.background.contains(&k) || self.players.iter().position(|&p| p == k).is_some_and(|i| mask & (1 << i) != 0)
    }

    /// The background alone (the reference of the metric).
    pub fn background_resolved(&self) -> Resolved {
        Resolved { active: self.background.iter().map(|&k| self.resolved.active[k].clone()).collect() }
    }

    pub fn background_ids(&self) -> Vec<String> {
        self.background.iter().map(|&k| self.resolved.active[k].id.clone()).collect()
    }

    pub fn describe_players(&self) -> Vec<Player> {
        self.players
            .iter()
            .map(|&k| {
                let a = &self.resolved.active[k];
                let cells = cell_names(a);
                let repeated = self.players.iter().filter(|&&o| self.resolved.active[o].id == a.id).count() > 1;
                let label = if repeated { format!("{} [{}]", a.id, cells.join(", ")) } else { a.id.clone() };
                Player { id: a.id.clone(), label, intensity: a.intensity.iter().copied().fold(0.0, f64::max), cells }
            })
            .collect()
    }
}

fn cell_names(a: &Active) -> Vec<String> {
    (0..CELLS).filter(|&c| a.intensity[c] > 0.0).map(|c| area_key(Area::Cell(c))).collect()
}
