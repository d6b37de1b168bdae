//! What the library tells the reader, in both languages: load problems (entries set aside, hidden
//! newer entries, a rebuilt list), failed saves, and saved scenarios' dates in local time.

use crate::i18n::Lang;
use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};
use laegedaekning_core::share::{LibraryError, LoadReport};

/// One sentence per problem a load found (migrations and recoveries are silent).
pub fn load_notices(report: &LoadReport, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let set_aside = report.quarantined.len();
    let unreadable = report.not_moved.len() + report.unreadable.len();
    if set_aside > 0 {
        out.push(match lang {
            Lang::Da => format!("{set_aside} gemt(e) scenarie(r) kunne ikke læses og er lagt til side (ikke slettet). De øvrige er indlæst."),
            Lang::En => format!("{set_aside} saved scenario(s) could not be read and were set aside (not deleted). The rest are loaded."),
        });
    }
    if unreadable > 0 {
        out.push(match lang {
            Lang::Da => format!("{unreadable} gemt(e) scenarie(r) kunne ikke læses og er ladt urørt."),
            Lang::En => format!("{unreadable} saved scenario(s) could not be read and were left untouched."),
        });
    }
    if !report.newer.is_empty() {
        out.push(match lang {
            Lang::Da => "Nogle scenarier er gemt af en nyere version af appen og er skjult; genindlæs siden for at opdatere.".into(),
            Lang::En => "Some scenarios were saved by a newer version of the app and are hidden; reload the page to update.".into(),
        });
    }
    if report.index_quarantined.is_some() {
        out.push(match lang {
            Lang::Da => "Listen over gemte scenarier var beskadiget og er bygget op igen.".into(),
            Lang::En => "The list of saved scenarios was damaged and has been rebuilt.".into(),
        });
    }
    out
}

/// Why an operation failed; nothing already stored was lost.
pub fn error_text(err: &LibraryError, lang: Lang) -> String {
    match (lang, err) {
        (Lang::Da, LibraryError::Unavailable) => {
            "Scenarier kan ikke gemmes på denne enhed (lageret er slået fra). Brug delingslinket i stedet.".into()
        }
        (Lang::En, LibraryError::Unavailable) => {
            "Scenarios cannot be kept on this device (storage is turned off). Use the share link instead.".into()
        }
        (Lang::Da, LibraryError::QuotaExceeded) => {
            "Der er ikke plads til at gemme flere scenarier på denne enhed. Intet gemt er gået tabt; slet et scenarie eller brug delingslinket.".into()
        }
        (Lang::En, LibraryError::QuotaExceeded) => {
            "There is no room to save more scenarios on this device. Nothing saved was lost; delete a scenario or use the share link.".into()
        }
        (Lang::Da, LibraryError::NotFound(_)) => "Scenariet findes ikke længere (måske slettet i en anden fane).".into(),
        (Lang::En, LibraryError::NotFound(_)) => "The scenario no longer exists (perhaps deleted in another tab).".into(),
        (Lang::Da, LibraryError::NotANumber { lever }) => format!("Tiltaget {lever} har en ugyldig værdi; intet er gemt."),
        (Lang::En, LibraryError::NotANumber { lever }) => format!("The measure {lever} has an invalid value; nothing was saved."),
        (Lang::Da, LibraryError::Store(e)) => format!("Lageret på enheden fejlede ({e}); intet gemt er gået tabt."),
        (Lang::En, LibraryError::Store(e)) => format!("The device's storage failed ({e}); nothing saved was lost."),
    }
}

/// A timestamp in the reader's local time: Danish "25.11.2026 kl. 14.05", English "25 Nov 2026, 14:05".
pub fn date_time(t: DateTime<Utc>, offset_minutes: i32, lang: Lang) -> String {
    let offset = FixedOffset::east_opt(offset_minutes * 60).unwrap_or(FixedOffset::east_opt(0).expect("zero offset"));
    let l = t.with_timezone(&offset);
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    match lang {
        Lang::Da => format!("{}.{}.{} kl. {:02}.{:02}", l.day(), l.month(), l.year(), l.hour(), l.minute()),
        Lang::En => format!("{} {} {}, {:02}:{:02}", l.day(), MONTHS[l.month0() as usize], l.year(), l.hour(), l.minute()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_each_language_and_the_local_offset() {
        let t = DateTime::from_timestamp(1_795_000_000, 0).unwrap(); // 18 Nov 2026 11:06:40 UTC
        assert_eq!(date_time(t, 60, Lang::Da), "18.11.2026 kl. 12.06");
        assert_eq!(date_time(t, 0, Lang::En), "18 Nov 2026, 11:06");
    }

    #[test]
    fn failures_say_nothing_was_lost_and_offer_the_link() {
        assert!(error_text(&LibraryError::QuotaExceeded, Lang::Da).contains("Intet gemt er gået tabt"));
        assert!(error_text(&LibraryError::Unavailable, Lang::En).contains("share link"));
    }

    #[test]
    fn a_clean_load_says_nothing() {
        assert!(load_notices(&LoadReport::default(), Lang::Da).is_empty());
    }
}
