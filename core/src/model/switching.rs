//! Switching between specialist types within a cell after ageing (MODEL.md §2.3, end of S2): hospital
//! specialists aged 40–64 take practice provider numbers (HSP → PSP) and GPs and hospital specialists
//! fill municipal posts (→ MUN), each limited by the target type's vacancies and by β_sw of the source.
//! Conserved: heads only change type.

use super::baseline::Baseline;
use super::dims::*;
use super::params::{LeverTerms, Params};
use super::rows::{FtePerHead, RowFte};
use super::specialists::{capacity, vacancy_heads};
use super::state::State;

const A40: usize = 40 - AGE_MIN;
const A64: usize = 64 - AGE_MIN;

/// Switches heads in every cell of `n`, keeping the row FTE and heads in `rows` up to date.
/// `cap_factor` is the step's capacity factor, `trend` m_φ(y); `TAGS`: P11a tags can exist (the tag
/// updates are compiled in only then).
#[allow(clippy::too_many_arguments)]
pub fn switch_types<const TAGS: bool>(
    b: &Baseline,
    p: &Params,
    terms: &LeverTerms,
    phi: &FtePerHead,
    cap_factor: f64,
    trend: f64,
    n: &mut State,
    rows: &mut RowFte,
) {
    for c in 0..CELLS {
        let hsp_40_64: f64 = sum4(&n.specialists[cta(c, HSP, A40)..=cta(c, HSP, A64)]);
        let (psp_fte, psp_heads) = (rows.fte[ct(c, PSP)], rows.heads[ct(c, PSP)]);
        let vac_psp = vacancy_heads(capacity(b, terms, c, PSP, cap_factor), psp_fte, psp_fte, psp_heads, trend);
        let sw_psp = (p.fill_psp[c] * vac_psp).min(p.switching_max * hsp_40_64);
        if sw_psp > 0.0 && hsp_40_64 > 0.0 {
            transfer::<TAGS>(n, phi, rows, c, HSP, PSP, A40..A64 + 1, sw_psp / hsp_40_64);
        }
        let (mun_fte, mun_heads) = (rows.fte[ct(c, MUN)], rows.heads[ct(c, MUN)]);
        let vac_mun = vacancy_heads(capacity(b, terms, c, MUN, cap_factor), mun_fte, mun_fte, mun_heads, trend);
        for (source, share) in [(GP, p.mun_from_gp), (HSP, 1.0 - p.mun_from_gp)] {
            let stock = rows.heads[ct(c, source)];
            let sw = (share * p.fill_mun[c] * vac_mun).min(p.switching_max * stock);
            if sw > 0.0 && stock > 0.0 {
                transfer::<TAGS>(n, phi, rows, c, source, MUN, 0..AGES, sw / stock);
            }
        }
    }
}

/// Moves a fraction `f` of heads (and their tags) of type `from` to type `to` over the age indices
/// `ages`, keeping the row FTE and heads in `rows` up to date. `TAGS`: P11a tags can exist.
#[allow(clippy::too_many_arguments)]
fn transfer<const TAGS: bool>(
    n: &mut State,
    phi: &FtePerHead,
    rows: &mut RowFte,
    c: usize,
    from: usize,
    to: usize,
    ages: std::ops::Range<usize>,
    f: f64,
) {
    let (rf, rt) = (cta(c, from, 0), cta(c, to, 0));
    let (pf, pt) = (&phi.by_type[from], &phi.by_type[to]);
    let (mut heads, mut fte_from, mut fte_to) = (0.0, 0.0, 0.0);
    for a in ages {
        let moved = n.specialists[rf + a] * f;
        n.specialists[rf + a] -= moved;
        n.specialists[rt + a] += moved;
        heads += moved;
        fte_from += moved * pf[a];
        fte_to += moved * pt[a];
        if TAGS {
            let tag = n.senior_tag[rf + a] * f;
            n.senior_tag[rf + a] -= tag;
            n.senior_tag[rt + a] += tag;
            fte_from += tag * (phi.senior - pf[a]);
            fte_to += tag * (phi.senior - pt[a]);
        }
    }
    rows.heads[ct(c, from)] -= heads;
    rows.heads[ct(c, to)] += heads;
    rows.fte[ct(c, from)] -= fte_from;
    rows.fte[ct(c, to)] += fte_to;
}
