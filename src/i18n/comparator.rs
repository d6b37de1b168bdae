//! The policy comparator's strings (compare view, attribution, value for money, budget pool,
//! uncertainty bands, downloads) in Danish and English, kept apart from the shell's catalogue in
//! `i18n/mod.rs` so each file reads in one sitting. Same rule: an exhaustive match, so a message
//! without both translations does not compile.

use super::Lang;

/// One comparator message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cm {
    ViewCompare,
    CompareHeading,
    CompareIntro,
    CompareAddCurrent,
    CompareAddSaved,
    CompareChooseSaved,
    ComparePasteLink,
    ComparePastePlaceholder,
    CompareAddLink,
    CompareRemove,
    CompareOpenInLab,
    CompareFull,
    CompareEmpty,
    CompareName,
    CompareCurrentName,
    CompareBaseline,
    CompareTableHeading,
    CompareChartsHeading,
    CompareInArea,
    CompareNationwide,
    CompareDeltasHeading,
    CompareShareLink,
    CompareCopyLink,
    CompareCopied,
    CompareLinkUnreadable,
    CompareKpi,
    CompareDifference,
    FteThreatened,
    FteNational,
    GapClosedPv,
    FlaggedPopulationYears,
    UnfilledHuThreatened,
    CostPv,
    CeGap,
    CeThreatened,
    CeNet,
    Displacement,
    TimeToEffect,
    NoGain,
    DeltasNote,
    DownloadCsv,
    DownloadSvg,
    DownloadPng,
    Downloads,
    ExportSource,
    BandToggle,
    BandFilling,
    BandDone,
    BandOf,
    BandDraws,
    BandWide,
    BandNarrow,
    BandNote,
}

impl Cm {
    /// The message as (Danish, English).
    const fn texts(self) -> (&'static str, &'static str) {
        use Cm::*;
        match self {
            ViewCompare => ("Sammenlign", "Compare"),
            CompareHeading => ("Sammenlign scenarier", "Compare scenarios"),
            CompareIntro => (
                "Op til fire scenarier side om side med udgangspunktet: de samme nøgletal, samme skala og forskellen til udgangspunktet.",
                "Up to four scenarios side by side with the baseline: the same key figures, the same scale and the difference to the baseline.",
            ),
            CompareAddCurrent => ("Tilføj labbets scenarie", "Add the lab's scenario"),
            CompareAddSaved => ("Tilføj gemt", "Add saved"),
            CompareChooseSaved => ("Vælg et gemt scenarie", "Choose a saved scenario"),
            ComparePasteLink => ("Delingslink", "Share link"),
            ComparePastePlaceholder => ("Indsæt et delingslink eller en kode", "Paste a share link or a code"),
            CompareAddLink => ("Tilføj link", "Add link"),
            CompareRemove => ("Fjern", "Remove"),
            CompareOpenInLab => ("Åbn i labbet", "Open in the lab"),
            CompareFull => ("Sammenligningen har plads til fire scenarier. Fjern ét for at tilføje et nyt.", "A comparison holds four scenarios. Remove one to add another."),
            CompareEmpty => ("Tilføj et scenarie for at sammenligne det med udgangspunktet.", "Add a scenario to compare it with the baseline."),
            CompareName => ("Navn", "Name"),
            CompareCurrentName => ("Labbets scenarie", "Lab scenario"),
            CompareBaseline => ("Udgangspunkt", "Baseline"),
            CompareTableHeading => ("Nøgletal", "Key figures"),
            CompareChartsHeading => ("Udviklingen 2025–2040", "Development 2025–2040"),
            CompareInArea => ("i", "in"),
            CompareNationwide => ("Hele landet", "Denmark"),
            CompareDeltasHeading => ("Forskel til udgangspunktet (MODEL.md §4.1)", "Difference to the baseline (MODEL.md §4.1)"),
            CompareShareLink => ("Link til sammenligningen", "Link to the comparison"),
            CompareCopyLink => ("Kopiér link", "Copy link"),
            CompareCopied => ("Kopieret", "Copied"),
            CompareLinkUnreadable => ("Linket kunne ikke læses", "The link could not be read"),
            CompareKpi => ("Nøgletal", "Key figure"),
            CompareDifference => ("forskel", "difference"),
            FteThreatened => ("Årsværk i truede områder, forskel", "FTE in threatened areas, difference"),
            FteNational => ("Årsværk i hele landet, forskel", "FTE in Denmark, difference"),
            GapClosedPv => ("Mangel lukket i truede områder, nutidsværdi (årsværk-år)", "Shortage closed in threatened areas, present value (FTE-years)"),
            FlaggedPopulationYears => ("Indbygger-år i lægedækningstruede celler, forskel", "Person-years in coverage-threatened cells, difference"),
            UnfilledHuThreatened => ("Ubesatte HU-forløb i truede områder, forskel", "Unfilled main-training posts in threatened areas, difference"),
            CostPv => ("Udgift 2025–2040, nutidsværdi (mio. kr.)", "Cost 2025–2040, present value (million DKK)"),
            CeGap => ("Kr. pr. årsværk-år mangel lukket (mio. kr.)", "DKK per FTE-year of shortage closed (million DKK)"),
            CeThreatened => ("Kr. pr. årsværk-år vundet i truede områder (mio. kr.)", "DKK per FTE-year gained in threatened areas (million DKK)"),
            CeNet => ("Kr. pr. årsværk-år, netto efter fortrængning (mio. kr.)", "DKK per FTE-year, net of displacement (million DKK)"),
            Displacement => ("Fortrængning: andel af gevinsten taget fra andre områder", "Displacement: share of the gain taken from other areas"),
            TimeToEffect => ("Første år med mærkbar effekt", "First year with a noticeable effect"),
            NoGain => ("ingen gevinst", "no gain"),
            DeltasNote => (
                "Nutidsværdier er diskonteret med 3,5 % om året. Forholdstal vises kun, når tiltagene lukker mangel.",
                "Present values are discounted at 3.5% a year. Ratios are shown only when the measures close a shortage.",
            ),
            DownloadCsv => ("Hent tabel (CSV)", "Download table (CSV)"),
            DownloadSvg => ("Hent SVG", "Download SVG"),
            DownloadPng => ("Hent PNG", "Download PNG"),
            Downloads => ("Hent", "Download"),
            BandToggle => ("Vis usikkerhedsbånd", "Show uncertainty bands"),
            BandFilling => ("Usikkerhedsbåndene beregnes", "Computing the uncertainty bands"),
            BandDone => ("Usikkerhedsbåndene hviler på", "The uncertainty bands rest on"),
            BandOf => ("af", "of"),
            BandDraws => ("trækninger", "draws"),
            BandWide => ("90 %-interval (P5–P95)", "90% interval (P5–P95)"),
            BandNarrow => ("50 %-interval (P25–P75)", "50% interval (P25–P75)"),
            BandNote => (
                "Båndene viser usikkerheden i tiltagenes effekt, lægeudbud, behov og priser (skøn, MODEL.md §5), med samme trækninger for udgangspunkt og scenarie. Modellens struktur er ikke med.",
                "The bands show the uncertainty in the measures' effects, supply of doctors, need and prices (estimates, MODEL.md §5), with the same draws for baseline and scenario. The model's structure is not included.",
            ),
            ExportSource => (
                "Lægedækning 2040 · modelberegning (MODEL.md v0.2) på udgangspunktets tal; kilder og sikkerhed i Data-visningen",
                "Lægedækning 2040 · model calculation (MODEL.md v0.2) on the baseline figures; sources and confidence in the Data view",
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
