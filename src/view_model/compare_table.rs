//! The compare view's table as data: for the baseline and each compared scenario, the six headline
//! KPIs in the chosen area and nationwide in the chosen year (value and difference to the baseline),
//! then the scenario-vs-baseline deltas of MODEL.md §4.1 (present values, cost-effectiveness,
//! displacement, time to effect). Also the table as CSV for download.

use crate::format;
use crate::i18n::comparator::Cm;
use crate::i18n::Lang;
use crate::view_model::kpi_cards::Kpi;
use laegedaekning_core::model::{Area, Deltas, Results, compare};

/// One table row: its label, the baseline's cell and each scenario's cell (value, difference).
#[derive(Clone, Debug, PartialEq)]
pub struct CompareRow {
    pub label: String,
    pub baseline: String,
    pub scenarios: Vec<CompareCell>,
}

/// A scenario's cell: its value and, where meaningful, its difference to the baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareCell {
    pub value: String,
    pub difference: Option<String>,
}

/// A titled group of rows.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareSection {
    pub title: String,
    pub rows: Vec<CompareRow>,
}

fn headline_section(title: String, base: &Results, runs: &[Results], area: Area, t: usize, lang: Lang) -> CompareSection {
    let rows = Kpi::ALL
        .iter()
        .map(|&kpi| {
            let b = kpi.value(base, base, t, area);
            CompareRow {
                label: kpi.title().text(lang).to_string(),
                baseline: kpi.format(b, lang),
                scenarios: runs
                    .iter()
                    .map(|r| {
                        let v = kpi.value(r, base, t, area);
                        CompareCell { value: kpi.format(v, lang), difference: Some(format::signed(v - b, kpi.decimals(), lang)) }
                    })
                    .collect(),
            }
        })
        .collect();
    CompareSection { title, rows }
}

/// A ratio in mio. kr. or "no gain".
fn ratio(v: Option<f64>, lang: Lang) -> String {
    v.map_or_else(|| Cm::NoGain.text(lang).to_string(), |x| format::number(x / 1e6, 2, lang))
}

fn deltas_section(base: &Results, runs: &[Results], t: usize, discount: f64, lang: Lang) -> CompareSection {
    let deltas: Vec<Deltas> = runs.iter().map(|r| compare(base, r, discount)).collect();
    let year = base.years[t].year;
    let row = |label: String, cell: &dyn Fn(&Deltas) -> String| CompareRow {
        label,
        baseline: "–".into(),
        scenarios: deltas.iter().map(|d| CompareCell { value: cell(d), difference: None }).collect(),
    };
    let at = |label: Cm| format!("{} {year}", label.text(lang));
    CompareSection {
        title: Cm::CompareDeltasHeading.text(lang).to_string(),
        rows: vec![
            row(at(Cm::FteThreatened), &|d| format::signed(d.fte_threatened[t], 0, lang)),
            row(at(Cm::FteNational), &|d| format::signed(d.fte_national[t], 0, lang)),
            row(at(Cm::UnfilledHuThreatened), &|d| format::signed(d.unfilled_hu_threatened[t], 0, lang)),
            row(Cm::GapClosedPv.text(lang).into(), &|d| format::signed(d.pv_gap_closed_threatened, 0, lang)),
            row(Cm::FlaggedPopulationYears.text(lang).into(), &|d| format::signed(d.flagged_population_years, 0, lang)),
            row(Cm::CostPv.text(lang).into(), &|d| format::number(d.pv_cost / 1e6, 0, lang)),
            row(Cm::CeGap.text(lang).into(), &|d| ratio(d.ce_gap, lang)),
            row(Cm::CeThreatened.text(lang).into(), &|d| ratio(d.ce_threatened, lang)),
            row(Cm::CeNet.text(lang).into(), &|d| ratio(d.ce_net, lang)),
            row(Cm::Displacement.text(lang).into(), &|d| d.displacement.map_or("–".into(), |x| format::percent(x, 0, lang))),
            row(Cm::TimeToEffect.text(lang).into(), &|d| d.time_to_effect.map_or("–".into(), |y| y.to_string())),
        ],
    }
}

/// The table for `runs` (one per compared scenario) against `base`, for `area` (named `area_name`)
/// and nationwide, in year index `t`.
pub fn sections(base: &Results, runs: &[Results], area: Area, area_name: &str, t: usize, discount: f64, lang: Lang) -> Vec<CompareSection> {
    let year = base.years[t].year;
    let mut out = vec![headline_section(format!("{area_name} {year}"), base, runs, area, t, lang)];
    if area != Area::Nation {
        out.push(headline_section(format!("{} {year}", Cm::CompareNationwide.text(lang)), base, runs, Area::Nation, t, lang));
    }
    out.push(deltas_section(base, runs, t, discount, lang));
    out
}

/// The table as CSV: `header` lines first (each prefixed `# `), then a header row and one row per
/// KPI with the baseline and, per scenario, its value and difference.
pub fn csv(header: &[String], names: &[String], sections: &[CompareSection], lang: Lang) -> String {
    let mut columns = vec![Cm::CompareKpi.text(lang).to_string(), Cm::CompareBaseline.text(lang).to_string()];
    for n in names {
        columns.push(n.clone());
        columns.push(format!("{n} – {}", Cm::CompareDifference.text(lang)));
    }
    let rows: Vec<Vec<String>> = sections
        .iter()
        .flat_map(|s| {
            s.rows.iter().map(move |r| {
                let mut cells = vec![format!("{} – {}", s.title, r.label), r.baseline.clone()];
                for c in &r.scenarios {
                    cells.push(c.value.clone());
                    cells.push(c.difference.clone().unwrap_or_default());
                }
                cells
            })
        })
        .collect();
    super::csv::table(header, &columns, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use laegedaekning_core::model::{Baseline, run};
    use laegedaekning_core::{LeverSetting, Scenario};

    #[test]
    fn sections_have_one_cell_per_scenario_and_the_baseline_differs_by_nothing() {
        let b = Baseline::embedded().unwrap();
        let base = run(&b, &Scenario::default());
        let runs = vec![base.clone(), run(&b, &Scenario { levers: vec![LeverSetting::new("P9", 10.0)] })];
        let s = sections(&base, &runs, Area::Region(4), "Nordjylland", 10, b.discount_rate, Lang::Da);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].title, "Nordjylland 2035");
        assert!(s.iter().all(|sec| sec.rows.iter().all(|r| r.scenarios.len() == 2)));
        assert!(s[0].rows.iter().all(|r| r.scenarios[0].value == r.baseline), "the baseline as a scenario equals the baseline");
        assert_eq!(s[2].rows[6].scenarios[0].value, "ingen gevinst", "no CE ratio without gap closed");
        assert_ne!(s[2].rows[3].scenarios[1].value, "0", "P9 closes some gap");
        let nation_only = sections(&base, &runs, Area::Nation, "Hele landet", 10, b.discount_rate, Lang::En);
        assert_eq!(nation_only.len(), 2);
    }

    #[test]
    fn csv_starts_with_the_header_lines_and_quotes_what_needs_it() {
        let sec = vec![CompareSection {
            title: "A, B".into(),
            rows: vec![CompareRow { label: "x".into(), baseline: "1.600".into(), scenarios: vec![CompareCell { value: "1,5".into(), difference: None }] }],
        }];
        let text = csv(&["token: AQ".into()], &["P \"9\"".into()], &sec, Lang::Da);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "# token: AQ");
        assert_eq!(lines[1], "Nøgletal,Udgangspunkt,\"P \"\"9\"\"\",\"P \"\"9\"\" – forskel\"");
        assert_eq!(lines[2], "\"A, B – x\",1.600,\"1,5\",");
    }
}
