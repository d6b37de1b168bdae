//! One Monte Carlo draw: the Latin-hypercube uniforms of draw i turned into concrete values — an
//! effect quantile and a unit cost per catalogue lever, and one value per sampled baseline range.
//!
//! Columns of the hypercube (fixed by the catalogue and the ranges file, never by the scenario, so
//! that a lever's draw is the same in every scenario — common random numbers across scenarios too):
//! `0` Z_resp · `1..=L` effect uniform of catalogue lever ℓ · `L+1..=2L` unit-cost uniform of lever ℓ ·
//! `2L+1..` one per entry of `parameters` in file order.
//!
//! Shared responsiveness (§5.1): for the listed attractiveness levers the effect quantile is
//! q_ℓ = Φ(√ρ · Φ⁻¹(u_Z) + √(1−ρ) · Φ⁻¹(u_ℓ)) — a one-factor Gaussian copula with pairwise
//! correlation ρ between their normal scores; the other levers use q_ℓ = u_ℓ. The copula keeps
//! each margin uniform, so each lever's effect keeps its triangular distribution, but the
//! hypercube stratifies u_Z and u_ℓ rather than q_ℓ itself.

use super::lhs::LatinHypercube;
use super::normal::{cdf, inverse_cdf};
use super::ranges::Ranges;
use super::triangular::triangular;
use crate::levers::Catalogue;

/// The values of one draw (buffers reused across draws).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draw {
    pub index: usize,
    /// Effect quantile by catalogue lever index.
    pub effect_quantile: Vec<f64>,
    /// Unit cost (DKK) by catalogue lever index.
    pub unit_cost: Vec<f64>,
    /// One value per `Ranges::parameters` entry (a factor, shift or probability per its `apply`).
    pub parameter: Vec<f64>,
}

/// Turns draw indices into [`Draw`]s for one seed.
#[derive(Clone, Debug)]
pub struct Sampler {
    ranges: &'static Ranges,
    lhs: LatinHypercube,
    uniforms: Vec<f64>,
    /// Per catalogue lever: whether it loads on Z_resp.
    responsive: Vec<bool>,
    levers: usize,
}

impl Sampler {
    /// The sampler of `seed` over the embedded catalogue and `ranges`.
    pub fn new(ranges: &'static Ranges, seed: u64) -> Sampler {
        let catalogue = Catalogue::embedded();
        let levers = catalogue.levers.len();
        let responsive = catalogue.levers.iter().map(|l| ranges.responsiveness.levers.contains(&l.id)).collect();
        let columns = 1 + 2 * levers + ranges.parameters.len();
        Sampler {
            ranges,
            lhs: LatinHypercube::new(seed, ranges.batch_size, columns),
            uniforms: vec![0.0; columns],
            responsive,
            levers,
        }
    }

    /// Fills `out` with draw `i`.
    pub fn draw_into(&mut self, i: usize, out: &mut Draw) {
        self.lhs.draw_into(i, &mut self.uniforms);
        let u = &self.uniforms;
        let n = self.levers;
        let rho = self.ranges.responsiveness.correlation;
        let z_common = inverse_cdf(u[0]);
        let catalogue = Catalogue::embedded();
        out.index = i;
        out.effect_quantile.resize(n, 0.0);
        out.unit_cost.resize(n, 0.0);
        for l in 0..n {
            let ue = u[1 + l];
            out.effect_quantile[l] = if self.responsive[l] {
                cdf(rho.sqrt() * z_common + (1.0 - rho).sqrt() * inverse_cdf(ue))
            } else {
                ue
            };
            let [low, central, high] = catalogue.levers[l].cost.unit_cost;
            let uc = u[1 + n + l];
            out.unit_cost[l] = if low == central && central == high {
                central * self.ranges.unit_cost.distribution.quantile(uc)
            } else {
                triangular(uc, low, central, high)
            };
        }
        out.parameter.clear();
        for (p, range) in self.ranges.parameters.iter().enumerate() {
            out.parameter.push(range.distribution.quantile(u[1 + 2 * n + p]));
        }
    }
}
