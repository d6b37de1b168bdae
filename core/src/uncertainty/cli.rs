//! The `band` subcommand of `laegedaekning-cli`, kept in the library so the binary's match arm is a
//! few lines and the app-facing code path is the one the command exercises:
//!
//! ```text
//! laegedaekning-cli band --token TOKEN | --url SHARE-URL | SCENARIO.json
//!                        [--seed N] [--draws N] [--area nation|threatened|other|<region key>] [--csv|--json]
//! ```
//!
//! Defaults: seed 42, 1,000 draws, threatened areas, CSV. Every number is printed exactly
//! ([`super::export`]) so a browser run can be compared with it bit-for-bit.

use super::error::UncertaintyError;
use super::export::{bands_csv, bands_json};
use super::job::BandJob;
use super::target::region_index;
use crate::levers::Scenario;
use crate::model::{Area, Baseline};
use serde_json::json;

/// Usage line of the subcommand.
pub const USAGE: &str = "laegedaekning-cli band --token TOKEN | --url SHARE-URL | SCENARIO.json [--seed N] [--draws N] [--area nation|threatened|other|<region key>] [--csv|--json]";

/// What the command prints: the bands on stdout, warnings on stderr.
pub struct BandOutput {
    pub text: String,
    pub warnings: Vec<String>,
}

/// The area named on the command line.
pub fn parse_area(name: &str) -> Result<Area, UncertaintyError> {
    match name.to_lowercase().as_str() {
        "nation" => Ok(Area::Nation),
        "threatened" | "t" => Ok(Area::Threatened),
        "other" | "o" => Ok(Area::Other),
        key => region_index(key).map(Area::Region).ok_or_else(|| UncertaintyError::UnknownArea(name.to_string())),
    }
}

fn number<T: std::str::FromStr>(flag: &str, value: Option<&String>) -> Result<T, UncertaintyError> {
    value
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| UncertaintyError::Input(format!("{flag} needs a whole number")))
}

/// Runs the subcommand on its arguments (after `band`).
pub fn band_command(args: &[String]) -> Result<BandOutput, UncertaintyError> {
    let (mut link, mut file, mut seed, mut draws, mut area, mut json_out) = (None, None, 42u64, 1000usize, Area::Threatened, false);
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1);
        match args[i].as_str() {
            "--token" | "--url" => link = Some(value.ok_or_else(|| UncertaintyError::Input("--token needs a value".into()))?.clone()),
            "--seed" => seed = number("--seed", value)?,
            "--draws" => draws = number("--draws", value)?,
            "--area" => area = parse_area(value.ok_or_else(|| UncertaintyError::Input("--area needs a value".into()))?)?,
            "--csv" | "--json" => {
                json_out = args[i] == "--json";
                i += 1;
                continue;
            }
            s if s.starts_with("--") => return Err(UncertaintyError::Input(format!("unknown option {s}\nusage: {USAGE}"))),
            s => {
                file = Some(s.to_string());
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    let mut warnings = Vec::new();
    let scenario = match (link, file) {
        (Some(link), _) => {
            let decoded = crate::share::decode_link(&link).map_err(|e| UncertaintyError::Input(e.to_string()))?;
            warnings.extend(decoded.warnings.iter().map(|w| w.to_string()));
            decoded.scenario
        }
        (None, Some(path)) => {
            let text = if path == "-" { std::io::read_to_string(std::io::stdin()) } else { std::fs::read_to_string(&path) }
                .map_err(|e| UncertaintyError::Input(format!("{path}: {e}")))?;
            serde_json::from_str::<Scenario>(&text).map_err(|e| UncertaintyError::Input(format!("{path}: not a scenario: {e}")))?
        }
        (None, None) => return Err(UncertaintyError::Input(format!("band needs a scenario file, --token or --url\nusage: {USAGE}"))),
    };
    let (resolved, resolve_warnings) = scenario.resolve()?;
    warnings.extend(resolve_warnings.iter().map(|w| w.to_string()));
    let baseline = Baseline::embedded()?;
    let mut job = BandJob::new(&baseline, &resolved, seed, area)?;
    job.advance(draws);
    let bands = job.bands();
    let text = if json_out {
        let conv = job.convergence(0.01);
        let doc = json!({
            "seed": seed,
            "draws": job.draws_done(),
            "area": area.name(),
            "warnings": warnings,
            "converged": conv.converged,
            "worst_batch_change": if conv.worst_change.is_finite() { json!(conv.worst_change) } else { json!(null) },
            "bands": bands_json(&bands),
        });
        serde_json::to_string_pretty(&doc).map_err(|e| UncertaintyError::Input(e.to_string()))? + "\n"
    } else {
        bands_csv(&bands)
    };
    Ok(BandOutput { text, warnings })
}
