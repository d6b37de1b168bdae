//! The Data view's table: baseline figures filtered by area and confidence, grouped by topic, with
//! every value, label and badge already written in the reader's language.

use crate::format;
use crate::i18n::{Lang, Msg};
use laegedaekning_core::data::{Confidence, Dataset, Figure, PartValue, Region, Topic};

/// Which area's figures to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AreaFilter {
    #[default]
    All,
    National,
    Region(Region),
}

impl AreaFilter {
    /// Every choice, in the order the selector lists them.
    pub fn choices() -> Vec<AreaFilter> {
        let mut all = vec![AreaFilter::All, AreaFilter::National];
        all.extend(Region::ALL.map(AreaFilter::Region));
        all
    }

    /// A stable key for `<option value>`.
    pub fn key(self) -> String {
        match self {
            AreaFilter::All => "all".into(),
            AreaFilter::National => "national".into(),
            AreaFilter::Region(r) => format!("r{}", r.index()),
        }
    }

    /// The filter for an `<option value>`; unknown keys mean "all".
    pub fn from_key(key: &str) -> AreaFilter {
        AreaFilter::choices().into_iter().find(|f| f.key() == key).unwrap_or_default()
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            AreaFilter::All => Msg::AllRegions.text(lang).into(),
            AreaFilter::National => Msg::National.text(lang).into(),
            AreaFilter::Region(r) => r.name().into(),
        }
    }

    fn admits(self, region: Option<Region>) -> bool {
        match self {
            AreaFilter::All => true,
            AreaFilter::National => region.is_none(),
            AreaFilter::Region(r) => region == Some(r),
        }
    }
}

/// The label of a confidence level and the sentence explaining it.
pub fn confidence_texts(c: Confidence, lang: Lang) -> (&'static str, &'static str) {
    let (label, help) = match c {
        Confidence::Quoted => (Msg::ConfidenceQuoted, Msg::ConfidenceQuotedHelp),
        Confidence::Derived => (Msg::ConfidenceDerived, Msg::ConfidenceDerivedHelp),
        Confidence::Estimate => (Msg::ConfidenceEstimate, Msg::ConfidenceEstimateHelp),
    };
    (label.text(lang), help.text(lang))
}

/// The CSS modifier that marks a confidence level visibly.
pub fn confidence_class(c: Confidence) -> &'static str {
    match c {
        Confidence::Quoted => "conf conf-quoted",
        Confidence::Derived => "conf conf-derived",
        Confidence::Estimate => "conf conf-estimate",
    }
}

pub fn topic_heading(t: Topic, lang: Lang) -> &'static str {
    match t {
        Topic::Population => Msg::TopicPopulation,
        Topic::GeneralPractice => Msg::TopicGeneralPractice,
        Topic::Hospital => Msg::TopicHospital,
        Topic::Training => Msg::TopicTraining,
        Topic::Costs => Msg::TopicCosts,
        Topic::DanishEvidence => Msg::TopicDanishEvidence,
        Topic::International => Msg::TopicInternational,
    }
    .text(lang)
}

/// One row, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    pub id: String,
    pub label: String,
    pub area: String,
    /// "593.135 personer", or the parts joined ("besat 10; opslåede forløb 19").
    pub value: String,
    pub year: String,
    pub confidence: Confidence,
    pub source: String,
    pub note: Option<String>,
}

/// The rows of one topic.
#[derive(Clone, Debug, PartialEq)]
pub struct TopicGroup {
    pub topic: Topic,
    pub heading: &'static str,
    pub rows: Vec<FigureRow>,
}

fn value_text(f: &Figure, lang: Lang) -> String {
    let unit = f.unit.get(lang);
    let parts = f.parts.iter().map(|p| {
        let v = match &p.value {
            PartValue::Number(n) => format::figure_value(*n, lang),
            PartValue::Text(t) => t.get(lang).to_string(),
        };
        format!("{}: {v}", p.label.get(lang))
    });
    let parts: Vec<String> = parts.collect();
    match (f.value, parts.is_empty()) {
        (Some(v), true) => format!("{} {unit}", format::figure_value(v, lang)),
        (Some(v), false) => format!("{} {unit} ({})", format::figure_value(v, lang), parts.join("; ")),
        (None, false) => format!("{} ({unit})", parts.join("; ")),
        (None, true) => Msg::NoValue.text(lang).to_string(),
    }
}

fn row(f: &Figure, lang: Lang) -> FigureRow {
    FigureRow {
        id: f.id.clone(),
        label: f.label.get(lang).to_string(),
        area: f.region.map_or(Msg::National.text(lang), Region::name).to_string(),
        value: value_text(f, lang),
        year: super::figure_year::figure_year(&f.year, lang),
        confidence: f.confidence,
        source: f.source.clone(),
        note: f.note.as_ref().map(|n| n.get(lang).to_string()),
    }
}

/// The table for the given filters, in topic order; topics without a matching figure are left out.
pub fn grouped_rows(data: &Dataset, area: AreaFilter, confidence: Option<Confidence>, lang: Lang) -> Vec<TopicGroup> {
    Topic::ALL
        .iter()
        .filter_map(|&topic| {
            let rows: Vec<FigureRow> = data
                .figures
                .iter()
                .filter(|f| f.topic == topic && area.admits(f.region))
                .filter(|f| confidence.is_none_or(|c| f.confidence == c))
                .map(|f| row(f, lang))
                .collect();
            (!rows.is_empty()).then(|| TopicGroup { topic, heading: topic_heading(topic, lang), rows })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Dataset {
        Dataset::embedded().unwrap()
    }

    #[test]
    fn region_filter_shows_only_that_region() {
        let groups = grouped_rows(&data(), AreaFilter::Region(Region::Nordjylland), None, Lang::Da);
        let rows: Vec<_> = groups.iter().flat_map(|g| &g.rows).collect();
        assert!(!rows.is_empty());
        assert!(rows.iter().all(|r| r.area == "Nordjylland"));
        let pop = rows.iter().find(|r| r.id == "population.nordjylland").unwrap();
        assert!(pop.value.starts_with("593.135 "), "{}", pop.value);
    }

    #[test]
    fn english_formats_numbers_the_english_way() {
        let groups = grouped_rows(&data(), AreaFilter::Region(Region::Nordjylland), None, Lang::En);
        let pop = groups.iter().flat_map(|g| &g.rows).find(|r| r.id == "population.nordjylland").unwrap();
        assert!(pop.value.starts_with("593,135 "), "{}", pop.value);
    }

    #[test]
    fn confidence_filter_and_national_filter_combine() {
        let d = data();
        let groups = grouped_rows(&d, AreaFilter::National, Some(Confidence::Quoted), Lang::Da);
        for r in groups.iter().flat_map(|g| &g.rows) {
            assert_eq!(r.confidence, Confidence::Quoted);
            assert_eq!(r.area, "Hele landet");
        }
        let all: usize = grouped_rows(&d, AreaFilter::All, None, Lang::Da).iter().map(|g| g.rows.len()).sum();
        assert_eq!(all, d.figures.len(), "no filter shows every figure");
    }

    #[test]
    fn structured_figures_show_their_parts() {
        let d = data();
        let f = d.figures.iter().find(|f| !f.parts.is_empty()).expect("a structured figure");
        let text = value_text(f, Lang::Da);
        assert!(text.contains(f.parts[0].label.get(Lang::Da)), "{text}");
    }

    #[test]
    fn area_keys_round_trip_and_garbage_means_all() {
        for f in AreaFilter::choices() {
            assert_eq!(AreaFilter::from_key(&f.key()), f);
        }
        assert_eq!(AreaFilter::from_key("<script>"), AreaFilter::All);
    }
}
