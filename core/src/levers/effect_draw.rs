//! The Monte Carlo hook on an active lever (MODEL.md §5.1 "lever effects"): instead of its fixed
//! low / central / high [`Setting`](super::Setting), an [`Active`] lever may carry a [`LeverDraw`]
//! — a position in its effect distribution and a sampled unit cost — set by the uncertainty module
//! for one draw. Without a draw (`Active::draw == None`, every deterministic run) nothing changes.
//!
//! Decision: one quantile per lever is used comonotonically for all of its effects (a draw where the
//! lever works well works well in every channel; "low" … "high" order effectiveness, §3). Each effect
//! maps the quantile through triangular(low, central, high) — on the log scale for multipliers, on
//! the probability scale for logit shifts and on the natural scale for every other kind (hazard
//! reductions, travel loss, take-up, capacities). Loss-type effects whose "low" is the larger value
//! are mirrored, so q = 0 is always the least effective end.

use super::catalogue::{Effect, Lever};
use super::scenario::Active;
use crate::uncertainty::triangular::{log_triangular, triangular};

/// One Monte Carlo draw of a lever: where its effects sit and what a unit costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeverDraw {
    /// q ∈ [0, 1]: 0 = the "low" end, 1 = the "high" end of every effect of the lever.
    pub effect_quantile: f64,
    /// Unit cost in DKK, replacing `cost.unit_cost[setting]` (see `uncertainty/draw.rs`).
    pub unit_cost: f64,
}

impl Effect {
    /// The effect's value at quantile `q` of its triangular distribution.
    pub fn at_quantile(&self, q: f64) -> f64 {
        if self.kind == "multiplier" {
            log_triangular(q, self.low, self.central, self.high)
        } else {
            triangular(q, self.low, self.central, self.high)
        }
    }
}

impl Lever {
    /// The value of effect `key` at quantile `q` (0 when the lever has no such effect).
    pub fn effect_at_quantile(&self, key: &str, q: f64) -> f64 {
        self.effects.iter().find(|e| e.key == key).map(|e| e.at_quantile(q)).unwrap_or(0.0)
    }
}

impl Active {
    /// The value of `effect` (one of this lever's effects) for this run: at the draw's quantile when
    /// a Monte Carlo draw is set, else at the setting.
    pub fn effect_value(&self, effect: &Effect) -> f64 {
        match &self.draw {
            Some(d) => effect.at_quantile(d.effect_quantile),
            None => effect.value(self.setting),
        }
    }

    /// The value of effect `key` of `lever` (this active lever's catalogue entry) for this run: at the
    /// draw's quantile when a Monte Carlo draw is set, else at the setting.
    pub fn effect(&self, lever: &Lever, key: &str) -> f64 {
        match &self.draw {
            Some(d) => lever.effect_at_quantile(key, d.effect_quantile),
            None => lever.effect(key, self.setting),
        }
    }

    /// The unit cost of `lever` for this run (DKK per intensity unit and cell-year).
    pub fn unit_cost(&self, lever: &Lever) -> f64 {
        match &self.draw {
            Some(d) => d.unit_cost,
            None => lever.cost.unit_cost[self.setting.index()],
        }
    }
}
