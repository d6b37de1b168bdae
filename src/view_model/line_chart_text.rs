//! A line chart in words: the one-sentence description that names the chart for screen readers
//! ("2025–2040. 2040: Scenarie 1.720, Basis 1.850; Norm 1.600.") and the rows of its data-table
//! alternative (year, baseline, scenario, difference), every number written in the reader's language.

use crate::charts::LineChartData;
use crate::format;
use crate::view_model::csv;
use crate::i18n::{Lang, Msg};

/// One row of the table: a year and its values as text ("–" where a value is missing).
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    pub year: String,
    pub baseline: String,
    pub scenario: String,
    /// Scenario minus baseline, with its sign ("−130").
    pub difference: String,
}

/// The table rows, one per year either series has, in year order.
pub fn chart_rows(data: &LineChartData, lang: Lang) -> Vec<ChartRow> {
    let number = |v: Option<f64>| format::number(v.unwrap_or(f64::NAN), data.decimals, lang);
    data.all_years()
        .into_iter()
        .map(|year| {
            let (baseline, scenario) = (data.baseline.value_in(year), data.scenario.value_in(year));
            let difference = match (baseline, scenario) {
                (Some(b), Some(s)) => format::signed(s - b, data.decimals, lang),
                _ => number(None),
            };
            ChartRow { year: year.to_string(), baseline: number(baseline), scenario: number(scenario), difference }
        })
        .collect()
}

/// The chart's numbers as CSV: year, baseline, scenario, difference and, when drawn, each band's
/// low and high (full precision), under provenance lines with the scenario's `token` if known.
pub fn chart_csv(data: &LineChartData, token: Option<&str>, lang: Lang) -> String {
    let mut columns = vec![Msg::ColYear.text(lang).to_string(), data.baseline.label.clone(), data.scenario.label.clone(), Msg::ChartDifference.text(lang).to_string()];
    for b in &data.bands {
        columns.push(format!("{} (low)", b.label));
        columns.push(format!("{} (high)", b.label));
    }
    let rows: Vec<Vec<String>> = data
        .all_years()
        .into_iter()
        .map(|year| {
            let (b, s) = (data.baseline.value_in(year), data.scenario.value_in(year));
            let mut row = vec![year.to_string(), csv::number(b.unwrap_or(f64::NAN)), csv::number(s.unwrap_or(f64::NAN))];
            row.push(csv::number(match (b, s) { (Some(b), Some(s)) => s - b, _ => f64::NAN }));
            for band in &data.bands {
                let hit = band.values.iter().find(|(y, _, _)| *y == year);
                row.push(csv::number(hit.map_or(f64::NAN, |h| h.1)));
                row.push(csv::number(hit.map_or(f64::NAN, |h| h.2)));
            }
            row
        })
        .collect();
    csv::table(&csv::provenance(&data.title, token.map(|t| ("scenario token", t)), lang), &columns, &rows)
}

/// One sentence saying what the chart shows at its last year, for `aria-labelledby`.
pub fn chart_summary(data: &LineChartData, lang: Lang) -> String {
    if data.all_years().is_empty() {
        return Msg::ChartNoData.text(lang).to_string();
    }
    let (first, last) = data.years();
    let number = |v: Option<f64>| format::number(v.unwrap_or(f64::NAN), data.decimals, lang);
    let mut sentence = format!(
        "{first}–{last}. {last}: {} {}, {} {}",
        data.scenario.label,
        number(data.scenario.value_in(last)),
        data.baseline.label,
        number(data.baseline.value_in(last)),
    );
    if let Some(reference) = &data.reference {
        sentence.push_str(&format!("; {} {}", reference.label, number(Some(reference.value))));
    }
    sentence.push('.');
    sentence
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{ReferenceLine, Series, ZeroBaseline};

    fn data() -> LineChartData {
        LineChartData {
            title: "Patienter pr. læge".into(),
            baseline: Series::new("Basis", vec![(2025, 1650.0), (2030, 1760.0), (2040, 1850.0)]),
            scenario: Series::new("Scenarie", vec![(2025, 1650.0), (2030, f64::NAN), (2040, 1720.0)]),
            reference: Some(ReferenceLine { label: "Norm".into(), value: 1600.0 }),
            bands: vec![],
            shared_scale: None,
            decimals: 0,
            zero: ZeroBaseline::Auto,
        }
    }

    #[test]
    fn the_summary_names_the_last_year_of_both_lines_and_the_norm() {
        assert_eq!(chart_summary(&data(), Lang::Da), "2025–2040. 2040: Scenarie 1.720, Basis 1.850; Norm 1.600.");
        let mut english = data();
        english.reference = None;
        assert_eq!(chart_summary(&english, Lang::En), "2025–2040. 2040: Scenarie 1,720, Basis 1,850.");
    }

    #[test]
    fn an_empty_chart_says_so() {
        let mut empty = data();
        empty.baseline.values.clear();
        empty.scenario.values.clear();
        assert_eq!(chart_summary(&empty, Lang::Da), "Ingen tal at vise.");
        assert!(chart_rows(&empty, Lang::Da).is_empty());
    }

    #[test]
    fn rows_show_each_year_with_a_signed_difference_and_dashes_for_gaps() {
        let rows = chart_rows(&data(), Lang::Da);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2], ChartRow { year: "2040".into(), baseline: "1.850".into(), scenario: "1.720".into(), difference: "−130".into() });
        assert_eq!(rows[1].scenario, "–");
        assert_eq!(rows[1].difference, "–");
        assert_eq!(rows[0].difference, "0");
    }
}
