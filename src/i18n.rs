//! Every user-visible string of the app, in Danish (default) and English.
//!
//! A hand-written catalogue instead of `leptos_i18n`: with two locales and no plural rules, one
//! exhaustive `match` per message costs ~2 KB brotli instead of ~17 KB, needs no build script, and a
//! message without both translations does not compile (TOOLCHAIN.md, "i18n").

pub use laegedaekning_core::data::Lang;

/// One user-visible message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    AppTagline,
    SwitchLanguage,
    SwitchLanguageLabel,
    MainNavigation,
    DataHeading,
    DataIntro,
    FilterRegion,
    FilterConfidence,
    AllRegions,
    National,
    AllConfidences,
    ColFigure,
    ColRegion,
    ColValue,
    ColYear,
    ColConfidence,
    ColSource,
    ShowSource,
    Source,
    Note,
    NoValue,
    NoMatches,
    Caveat,
    DataLoadFailed,
    ConfidenceQuoted,
    ConfidenceDerived,
    ConfidenceEstimate,
    ConfidenceQuotedHelp,
    ConfidenceDerivedHelp,
    ConfidenceEstimateHelp,
    TopicPopulation,
    TopicGeneralPractice,
    TopicHospital,
    TopicTraining,
    TopicCosts,
    TopicDanishEvidence,
    TopicInternational,
    FiguresShown,
    StorageUnavailable,
    Footer,
    UpdateReady,
    Reload,
    SkipToContent,
    ChartLegend,
    ChartBaseline,
    ChartScenario,
    ChartShowTable,
    ChartDifference,
    ChartNoData,
    MapLegend,
    MapNoData,
    MapHint,
    MapCredit,
}

impl Msg {
    /// The message as (Danish, English).
    const fn texts(self) -> (&'static str, &'static str) {
        use Msg::*;
        match self {
            AppTitle => ("Lægedækning 2040", "Physician coverage 2040"),
            AppTagline => (
                "Et scenarielaboratorium for lægedækningen i Danmarks fem regioner frem til 2040",
                "A scenario lab for physician coverage in Denmark's five regions up to 2040",
            ),
            SwitchLanguage => ("English", "Dansk"),
            SwitchLanguageLabel => ("Switch to English", "Skift til dansk"),
            MainNavigation => ("Hovedmenu", "Main menu"),
            DataHeading => ("Data: udgangspunktet", "Data: the baseline"),
            DataIntro => (
                "Alle tal, som modellen bygger på, med enhed, år, kilde og sikkerhed. Tryk på et tal for at se kilden.",
                "Every figure the model builds on, with unit, year, source and confidence. Tap a figure to see its source.",
            ),
            FilterRegion => ("Region", "Region"),
            FilterConfidence => ("Sikkerhed", "Confidence"),
            AllRegions => ("Alle", "All"),
            National => ("Hele landet", "Denmark"),
            AllConfidences => ("Alle", "All"),
            ColFigure => ("Tal", "Figure"),
            ColRegion => ("Område", "Area"),
            ColValue => ("Værdi", "Value"),
            ColYear => ("År", "Year"),
            ColConfidence => ("Sikkerhed", "Confidence"),
            ColSource => ("Kilde", "Source"),
            ShowSource => ("Kilde og note", "Source and note"),
            Source => ("Kilde", "Source"),
            Note => ("Note", "Note"),
            NoValue => ("intet tal angivet", "no number stated"),
            NoMatches => ("Ingen tal passer til filtrene.", "No figures match the filters."),
            Caveat => ("Forbehold", "Caveat"),
            DataLoadFailed => ("Datafilen kunne ikke læses", "The data file could not be read"),
            ConfidenceQuoted => ("citeret", "quoted"),
            ConfidenceDerived => ("afledt", "derived"),
            ConfidenceEstimate => ("skøn", "estimate"),
            ConfidenceQuotedHelp => ("Tallet står i den citerede kilde.", "The number is stated in the cited source."),
            ConfidenceDerivedHelp => (
                "Enkel regning på citerede tal; metoden står i noten.",
                "Simple arithmetic on quoted numbers; the method is in the note.",
            ),
            ConfidenceEstimateHelp => (
                "Bygger på en antagelse og skal erstattes af officielle tal.",
                "Rests on an assumption; to be replaced with official data.",
            ),
            TopicPopulation => ("Befolkning", "Population"),
            TopicGeneralPractice => ("Almen praksis", "General practice"),
            TopicHospital => ("Sygehuse og speciallæger", "Hospitals and specialists"),
            TopicTraining => ("Uddannelse", "Training"),
            TopicCosts => ("Omkostninger", "Costs"),
            TopicDanishEvidence => ("Danske erfaringer", "Danish evidence"),
            TopicInternational => ("Internationale erfaringer", "International evidence"),
            FiguresShown => ("tal vist", "figures shown"),
            StorageUnavailable => (
                "Sprogvalget kan ikke gemmes på denne enhed.",
                "The language choice cannot be kept on this device.",
            ),
            UpdateReady => (
                "En ny version af Lægedækning 2040 er klar.",
                "A new version of Lægedækning 2040 is ready.",
            ),
            Reload => ("Genindlæs", "Reload"),
            SkipToContent => ("Gå til indhold", "Skip to content"),
            ChartLegend => ("Signaturforklaring", "Legend"),
            ChartBaseline => ("Basis", "Baseline"),
            ChartScenario => ("Scenarie", "Scenario"),
            ChartShowTable => ("Vis tallene som tabel", "Show the numbers as a table"),
            ChartDifference => ("Forskel", "Difference"),
            ChartNoData => ("Ingen tal at vise.", "No figures to show."),
            MapLegend => ("Farveskala", "Colour scale"),
            MapNoData => ("intet tal", "no figure"),
            MapHint => (
                "Vælg en region: tryk på den, eller brug Tab og Enter.",
                "Choose a region: tap it, or use Tab and Enter.",
            ),
            MapCredit => ("Kort: Natural Earth (public domain)", "Map: Natural Earth (public domain)"),
            Footer => (
                "Kortdata: Natural Earth (public domain). Kildedokumenter: Danske Regioner, \"Veje til bedre lægedækning\"; Aarhus Kommune, \"Kommunernes bidrag til den lægelige videreuddannelse\".",
                "Map data: Natural Earth (public domain). Source documents: Danske Regioner, \"Veje til bedre lægedækning\"; Aarhus Kommune, \"Kommunernes bidrag til den lægelige videreuddannelse\".",
            ),
        }
    }

    /// The message in `lang`.
    pub const fn text(self, lang: Lang) -> &'static str {
        let (da, en) = self.texts();
        match lang {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

/// The BCP 47 tag for `<html lang>`.
pub fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => "da",
        Lang::En => "en",
    }
}

/// The other language (what the toggle switches to).
pub fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Da => Lang::En,
        Lang::En => Lang::Da,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_and_english_differ_where_they_should() {
        assert_eq!(Msg::AppTitle.text(Lang::Da), "Lægedækning 2040");
        assert_eq!(Msg::AppTitle.text(Lang::En), "Physician coverage 2040");
        assert_eq!(Msg::SwitchLanguage.text(Lang::Da), "English");
        assert_eq!(other(other(Lang::Da)), Lang::Da);
        assert_eq!(html_lang(Lang::En), "en");
    }
}
