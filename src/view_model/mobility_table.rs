//! The lab's mobility table: one stage's origin × destination flows between the five regions in the
//! chosen year (rows: from, columns: to, diagonal: stays and moves within the region), with what was
//! placed from and arrived in each region and the net inflow (MODEL.md §2.12, §4.1).

use crate::format;
use crate::i18n::{Lang, Msg};
use laegedaekning_core::model::{Area, Results, Stage};

/// The stages the lab offers, in step order, with their label.
pub fn stage_choices(lang: Lang) -> Vec<(Stage, &'static str)> {
    Stage::ALL.into_iter().map(|s| (s, stage_label(s, lang))).collect()
}

fn stage_label(stage: Stage, lang: Lang) -> &'static str {
    match stage {
        Stage::Specialists => Msg::MobilitySpecialists.text(lang),
        Stage::NewSpecialists => Msg::MobilityNewSpecialists.text(lang),
        Stage::HuMoves => Msg::MobilityHuMoves.text(lang),
        Stage::Hu => Msg::MobilityHu.text(lang),
        Stage::Kbu => Msg::MobilityKbu.text(lang),
        Stage::Intro => Msg::MobilityIntro.text(lang),
    }
}

/// One row: the origin region, the heads it sent to each region and its total.
#[derive(Clone, Debug, PartialEq)]
pub struct MobilityRow {
    pub from: String,
    pub cells: Vec<String>,
    pub placed_from: String,
}

/// A formatted table (heads, whole numbers).
#[derive(Clone, Debug, PartialEq)]
pub struct MobilityTable {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<MobilityRow>,
    pub arrived: Vec<String>,
    pub net_inflow: Vec<String>,
}

/// The table of `stage` in year index `t` of `res`.
pub fn mobility_table(res: &Results, t: usize, stage: Stage, lang: Lang) -> MobilityTable {
    let areas = Area::five_regions();
    let f = res.years[t].mobility.matrix(stage).aggregate(&areas);
    let n = |x: f64| format::number(x, 0, lang);
    let names: Vec<String> = areas.iter().map(|a| a.name()).collect();
    MobilityTable {
        caption: format!("{} {}", stage_label(stage, lang), res.years[t].year),
        rows: names
            .iter()
            .enumerate()
            .map(|(i, name)| MobilityRow { from: name.clone(), cells: (0..areas.len()).map(|j| n(f.get(i, j))).collect(), placed_from: n(f.row_sum(i)) })
            .collect(),
        arrived: (0..areas.len()).map(|j| n(f.col_sum(j))).collect(),
        net_inflow: (0..areas.len()).map(|j| format::signed(f.net_inflow(j), 0, lang)).collect(),
        columns: names,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use laegedaekning_core::Scenario;
    use laegedaekning_core::model::{Baseline, run};

    #[test]
    fn regional_hu_table_has_margins_that_add_up() {
        let res = run(&Baseline::embedded().unwrap(), &Scenario::default());
        let table = mobility_table(&res, 10, Stage::Hu, Lang::En);
        assert_eq!(table.caption, format!("{} 2035", Msg::MobilityHu.text(Lang::En)));
        assert_eq!(table.columns.len(), 5);
        assert_eq!(table.rows[0].from, "Hovedstaden");
        let f = res.years[10].mobility.matrix(Stage::Hu).aggregate(&Area::five_regions());
        assert_eq!(table.rows[2].cells[3], format::number(f.get(2, 3), 0, Lang::En));
        let arrived: f64 = (0..5).map(|j| f.col_sum(j)).sum();
        let placed: f64 = (0..5).map(|i| f.row_sum(i)).sum();
        assert!((arrived - placed).abs() < 1e-9 * placed && placed > 0.0);
        assert_eq!(stage_choices(Lang::Da).len(), Stage::ALL.len());
    }
}
