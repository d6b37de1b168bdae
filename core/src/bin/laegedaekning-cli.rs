//! `laegedaekning-cli`: the native command line of Lægedækning 2040 — the reproducibility path for
//! analysts, and what benchmarks and checks call.
//!
//! ```text
//! laegedaekning-cli run SCENARIO.json [--format table|csv|json] [--area nation|regions|regions4|cells|t|o]
//! laegedaekning-cli run --token TOKEN | --url SHARE-URL [--format ...] [--area ...]
//! laegedaekning-cli baseline [--format table|csv|json] [--area ...]
//! laegedaekning-cli run|baseline ... --mobility STAGE|all [--year YEAR] [--area cells|regions|regions4|zones] [--format ...]
//! laegedaekning-cli levers [--format table|json]
//! laegedaekning-cli explain LEVER
//! laegedaekning-cli band --token TOKEN | SCENARIO.json [--seed N] [--draws N] [--area nation|threatened|other|<region>] [--csv|--json]
//! laegedaekning-cli attribute SCENARIO.json|--token TOKEN [--metric KEY] [--json]
//! laegedaekning-cli rank [SCENARIO.json|--token TOKEN] [--json]
//! laegedaekning-cli portfolio --budget MIO_DKK [--region KEY] [--json]
//! ```
//!
//! `--mobility` prints the origin × destination flows of a stage (specialists, new_specialists,
//! hu_moves, hu, kbu, intro; MODEL.md §4.1) in one year (default 2040) instead of the headline series.
//!
//! `band` prints Monte Carlo P5/P25/P50/P75/P95 bands per year and headline KPI with every number
//! exact (see `uncertainty::cli`).
//!
//! Arguments are parsed by hand: four subcommands and two options do not justify an argument-parser
//! dependency (clap alone would add more code than the whole model). Bad input follows the core rule
//! of [`Scenario::resolve`]: unknown levers, non-finite intensities and unknown targets are refused
//! (exit code 2); out-of-range intensities and start years are clamped with a warning on stderr.

use laegedaekning_core::analysis::{AttributionJob, Job, Metric, PortfolioJob, PortfolioOptions, RankingJob, text};
use laegedaekning_core::data::Lang;
use laegedaekning_core::levers::{Catalogue, Scenario, texts, tracks};
use laegedaekning_core::model::{Area, Baseline, Results, compare, run_resolved};
use laegedaekning_core::model::dims::{CELLS, FIRST_YEAR, LAST_YEAR, YEARS};
use laegedaekning_core::report::mobility::{mobility_areas, mobility_csv, mobility_json, mobility_stages, mobility_table};
use laegedaekning_core::report::{area_table, headline_csv, headline_json};
use std::io::Write;
use std::process::ExitCode;

/// `println!` that ignores a closed pipe (e.g. `| head`) instead of panicking.
macro_rules! outln {
    ($($arg:tt)*) => {{ let _ = writeln!(std::io::stdout().lock(), $($arg)*); }};
}
/// `print!` that ignores a closed pipe.
macro_rules! out {
    ($($arg:tt)*) => {{ let _ = write!(std::io::stdout().lock(), $($arg)*); }};
}

const USAGE: &str = "usage:
  laegedaekning-cli run SCENARIO.json [--format table|csv|json] [--area nation|regions|regions4|cells|t|o]
  laegedaekning-cli run --token TOKEN | --url SHARE-URL [--format ...] [--area ...]
  laegedaekning-cli baseline [--format table|csv|json] [--area ...]
  laegedaekning-cli run|baseline ... --mobility STAGE|all [--year YEAR] [--area cells|regions|regions4|zones] [--format ...]
  laegedaekning-cli levers [--format table|json]
  laegedaekning-cli explain LEVER
  laegedaekning-cli band --token TOKEN | SCENARIO.json [--seed N] [--draws N] [--area nation|threatened|other|<region>] [--csv|--json]
  laegedaekning-cli attribute SCENARIO.json|--token TOKEN [--metric KEY] [--json]
  laegedaekning-cli rank [SCENARIO.json|--token TOKEN] [--json]
  laegedaekning-cli portfolio --budget MIO_DKK_PER_YEAR [--region KEY] [--json]
STAGE: specialists, new_specialists, hu_moves, hu, kbu, intro (origin × destination flows; default year 2040, area cells)
metric KEY: gap_closed[:AREA] (default), fte[:AREA], flagged, pv_cost, headline:KPI:YEAR[:AREA]
SCENARIO.json: {\"levers\": [{\"id\": \"P11b\", \"intensity\": 1, \"targets\": [\"sjaelland.T\"], \"start_year\": 2025, \"setting\": \"central\"}]}
  D0 only: \"tracks\": [AM, HS] gives general practice and hospital specialties their own intensity
(`-` reads the scenario from standard input)";

struct Options {
    format: String,
    area: String,
    /// A share token or a whole share URL (`--token` / `--url`): the scenario as the app shows it.
    link: Option<String>,
    positional: Vec<String>,
    metric: Option<String>,
    budget: Option<String>,
    region: Option<String>,
    /// `--mobility STAGE|all` and `--year YEAR`: print a stage's origin × destination flows.
    mobility: Option<String>,
    year: Option<String>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        format: "table".into(),
        area: "nation".into(),
        link: None,
        positional: Vec::new(),
        metric: None,
        budget: None,
        region: None,
        mobility: None,
        year: None,
    };
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--format" | "-f" => {
                o.format = args.get(i + 1).ok_or("--format needs a value")?.clone();
                i += 1;
            }
            "--area" | "-a" => {
                o.area = args.get(i + 1).ok_or("--area needs a value")?.clone();
                i += 1;
            }
            "--token" | "--url" => {
                o.link = Some(args.get(i + 1).ok_or("--token / --url needs a value")?.clone());
                i += 1;
            }
            "--metric" | "--budget" | "--region" | "--mobility" | "--year" => {
                let value = args.get(i + 1).ok_or(format!("{} needs a value", args[i]))?.clone();
                match args[i].as_str() {
                    "--metric" => o.metric = Some(value),
                    "--budget" => o.budget = Some(value),
                    "--mobility" => o.mobility = Some(value),
                    "--year" => o.year = Some(value),
                    _ => o.region = Some(value),
                }
                i += 1;
            }
            "--json" => o.format = "json".into(),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            s => o.positional.push(s.to_string()),
        }
        i += 1;
    }
    if !["table", "csv", "json"].contains(&o.format.as_str()) {
        return Err(format!("unknown format `{}` (table, csv or json)", o.format));
    }
    Ok(o)
}

fn areas(name: &str) -> Result<Vec<Area>, String> {
    Ok(match name {
        "nation" => vec![Area::Nation],
        "regions" => Area::five_regions().to_vec(),
        "regions4" => Area::four_regions().to_vec(),
        "cells" => (0..CELLS).map(Area::Cell).collect(),
        "t" => vec![Area::Threatened],
        "o" => vec![Area::Other],
        _ => return Err(format!("unknown area `{name}` (nation, regions, regions4, cells, t, o)")),
    })
}

fn print_results(res: &Results, base: Option<&Results>, b: &Baseline, o: &Options, warnings: &[String]) -> Result<(), String> {
    match o.format.as_str() {
        "csv" => out!("{}", headline_csv(res)),
        "json" => {
            let mut doc = serde_json::Map::new();
            doc.insert("warnings".into(), warnings.into());
            doc.insert("headline".into(), headline_json(res));
            if let Some(base) = base {
                doc.insert("deltas".into(), serde_json::to_value(compare(base, res, b.discount_rate)).map_err(|e| e.to_string())?);
                let mut costs = serde_json::Map::new();
                for (l, id) in res.lever_ids.iter().enumerate() {
                    let series: Vec<f64> = (0..res.years.len()).map(|t| res.cost(l, t)).collect();
                    costs.insert(id.clone(), series.into());
                }
                doc.insert("costs_by_lever_dkk".into(), costs.into());
                doc.insert("cost_missing".into(), res.cost_missing.clone().into());
            }
            outln!("{}", serde_json::to_string_pretty(&serde_json::Value::Object(doc)).map_err(|e| e.to_string())?);
        }
        _ => {
            for area in areas(&o.area)? {
                outln!("{}", area_table(res, area));
            }
            if let Some(base) = base {
                let d = compare(base, res, b.discount_rate);
                let last = d.years.len() - 1;
                outln!("vs baseline (PV at {:.1} %):", b.discount_rate * 100.0);
                outln!("  ΔFTE threatened areas 2040      {:>12.1}", d.fte_threatened[last]);
                outln!("  ΔFTE other areas 2040           {:>12.1}", d.fte_other[last]);
                outln!("  gap closed in T 2040 (FTE)      {:>12.1}", d.gap_closed_threatened[last]);
                outln!("  PV ΔFTE-years in T              {:>12.1}", d.pv_fte_threatened);
                outln!("  PV gap-years closed in T        {:>12.1}", d.pv_gap_closed_threatened);
                outln!("  Δ flagged population-years      {:>12.0}", d.flagged_population_years);
                outln!("  PV cost (mio. DKK)              {:>12.1}", d.pv_cost / 1e6);
                let show = |v: Option<f64>| v.map(|x| format!("{:.2}", x / 1e6)).unwrap_or_else(|| "no gain".into());
                outln!("  CE_gap (mio. DKK / gap-year)    {:>12}", show(d.ce_gap));
                outln!("  CE_T (mio. DKK / FTE-year in T) {:>12}", show(d.ce_threatened));
                outln!("  displacement                    {:>12}", d.displacement.map(|x| format!("{x:.2}")).unwrap_or_else(|| "n/a".into()));
                outln!("  time to effect                  {:>12}", d.time_to_effect.map(|y| y.to_string()).unwrap_or_else(|| "none".into()));
                outln!("costs by lever (mio. DKK per year, 2025 / 2030 / 2040):");
                for (l, id) in res.lever_ids.iter().enumerate() {
                    let n = res.years.len();
                    outln!("  {:<5} {:>9.1} {:>9.1} {:>9.1}", id, res.cost(l, 0) / 1e6, res.cost(l, 5.min(n - 1)) / 1e6, res.cost(l, n - 1) / 1e6);
                }
                let n = res.years.len();
                for (i, payer) in ["regions", "municipalities", "state"].iter().enumerate() {
                    let total: f64 = (0..n).map(|t| res.cost_by_payer(t)[i]).sum();
                    if total > 0.0 {
                        outln!("  paid by {payer:<15} {:>9.1} mio. DKK over 2025-2040", total / 1e6);
                    }
                }
                if !res.cost_missing.is_empty() {
                    outln!("  cost missing (counted as 0): {}", res.cost_missing.join(", "));
                }
            }
        }
    }
    Ok(())
}

/// The origin × destination flows of `--mobility STAGE|all` in `--year` (default 2040), aggregated to
/// `--area` (cells unless regions, regions4 or zones).
fn print_mobility(res: &Results, o: &Options, stage: &str) -> Result<(), String> {
    let stages = mobility_stages(stage).ok_or(format!("unknown stage `{stage}` (specialists, new_specialists, hu_moves, hu, kbu, intro, all)"))?;
    let area = if o.area == "nation" { "cells" } else { o.area.as_str() };
    let areas = mobility_areas(area).ok_or(format!("unknown area `{area}` for --mobility (cells, regions, regions4, zones)"))?;
    let year: i32 = match &o.year {
        Some(y) => y.parse().map_err(|_| format!("--year `{y}` is not a year"))?,
        None => LAST_YEAR,
    };
    let t = res.years.iter().position(|y| y.year == year).ok_or(format!("--year {year} is outside {FIRST_YEAR}–{LAST_YEAR}"))?;
    // As in the headline reports, an area is printed only in the years it is reported.
    if !areas.iter().all(|a| a.reported_in(year)) {
        return Err(format!("--area regions4 (Region Østdanmark) starts in {}; for {year} use --area regions", Area::OSTDANMARK_FROM));
    }
    match o.format.as_str() {
        "csv" => out!("{}", mobility_csv(res, t, &stages, &areas)),
        "json" => outln!("{}", serde_json::to_string_pretty(&mobility_json(res, t, &stages, &areas)).map_err(|e| e.to_string())?),
        _ => {
            for s in stages {
                outln!("{}", mobility_table(res, t, s, &areas));
            }
        }
    }
    Ok(())
}

/// A scenario with the warnings of its decoding.
type LoadedScenario = (Scenario, Vec<String>);

/// The scenario of a file (`-` = standard input), `--token` or `--url`, with decoder warnings;
/// `None` when none is given.
fn load_scenario(o: &Options) -> Result<Option<LoadedScenario>, (u8, String)> {
    if let Some(link) = &o.link {
        // The same decoder as the app's `?s=`: identical scenario, identical numbers.
        let decoded = laegedaekning_core::share::decode_link(link).map_err(|e| (2, e.to_string()))?;
        return Ok(Some((decoded.scenario, decoded.warnings.iter().map(|w| w.to_string()).collect())));
    }
    let Some(path) = o.positional.first() else { return Ok(None) };
    let text = if path == "-" {
        std::io::read_to_string(std::io::stdin()).map_err(|e| (1, e.to_string()))?
    } else {
        std::fs::read_to_string(path).map_err(|e| (1, format!("{path}: {e}")))?
    };
    let scenario: Scenario = serde_json::from_str(&text).map_err(|e| (2, format!("{path}: not a scenario: {e}")))?;
    Ok(Some((scenario, Vec::new())))
}

/// An analysis result as JSON (`--json` / `--format json`) or as its text table.
fn print_analysis<T: serde::Serialize>(o: &Options, value: &T, table: fn(&T) -> String) -> Result<(), (u8, String)> {
    if o.format == "json" {
        outln!("{}", serde_json::to_string_pretty(value).map_err(|e| (1, e.to_string()))?);
    } else {
        out!("{}", table(value));
    }
    Ok(())
}

fn main_inner(args: &[String]) -> Result<(), (u8, String)> {
    let usage = |m: String| (2u8, format!("{m}\n{USAGE}"));
    let cmd = args.first().ok_or_else(|| usage("no command".into()))?;
    if cmd == "band" {
        let band = laegedaekning_core::uncertainty::cli::band_command(&args[1..]).map_err(|e| (2, e.to_string()))?;
        band.warnings.iter().for_each(|w| eprintln!("warning: {w}"));
        out!("{}", band.text);
        return Ok(());
    }
    let o = parse(&args[1..]).map_err(usage)?;
    let baseline = || Baseline::embedded().map_err(|e| (1u8, e.to_string()));
    match cmd.as_str() {
        "run" => {
            let (scenario, mut warnings) = load_scenario(&o)?.ok_or_else(|| usage("run needs a scenario file, --token or --url".into()))?;
            let (resolved, resolve_warnings) = scenario.resolve().map_err(|e| (2, e.to_string()))?;
            warnings.extend(resolve_warnings.iter().map(|w| w.to_string()));
            for w in &warnings {
                eprintln!("warning: {w}");
            }
            let b = baseline()?;
            let base = run_resolved(&b, &Default::default(), YEARS);
            let mut res = run_resolved(&b, &resolved, YEARS);
            res.cost_missing = laegedaekning_core::levers::cost_missing(&resolved);
            if let Some(stage) = &o.mobility {
                return print_mobility(&res, &o, stage).map_err(|e| (2, e));
            }
            print_results(&res, Some(&base), &b, &o, &warnings).map_err(|e| (2, e))
        }
        "attribute" => {
            let (scenario, _) = load_scenario(&o)?.ok_or_else(|| usage("attribute needs a scenario file, --token or --url".into()))?;
            let metric = o.metric.as_deref().map_or(Ok(Metric::default()), Metric::from_key).map_err(|e| (2, e.to_string()))?;
            let b = baseline()?;
            let a = AttributionJob::new(&b, &scenario, metric).map_err(|e| (2, e.to_string()))?.run_to_end(&b);
            print_analysis(&o, &a, text::attribution_table)
        }
        "rank" => {
            let (scenario, _) = load_scenario(&o)?.unwrap_or_default();
            let b = baseline()?;
            let r = RankingJob::new(&b, &scenario).map_err(|e| (2, e.to_string()))?.run_to_end(&b);
            print_analysis(&o, &r, text::ranking_table)
        }
        "portfolio" => {
            let budget = o.budget.as_deref().ok_or_else(|| usage("portfolio needs --budget MIO_DKK_PER_YEAR".into()))?;
            let budget: f64 = budget.parse().map_err(|_| usage(format!("--budget `{budget}` is not a number")))?;
            let options = PortfolioOptions { region: o.region.clone(), ..PortfolioOptions::national(budget) };
            let b = baseline()?;
            let p = PortfolioJob::new(&b, options).map_err(|e| (2, e.to_string()))?.run_to_end(&b);
            print_analysis(&o, &p, text::portfolio_table)
        }
        "baseline" => {
            let b = baseline()?;
            let res = run_resolved(&b, &Default::default(), YEARS);
            if let Some(stage) = &o.mobility {
                return print_mobility(&res, &o, stage).map_err(|e| (2, e));
            }
            print_results(&res, None, &b, &o, &[]).map_err(|e| (2, e))
        }
        "levers" => {
            let cat = Catalogue::embedded();
            if o.format == "json" {
                outln!("{}", serde_json::to_string_pretty(cat).map_err(|e| (1, e.to_string()))?);
            } else {
                outln!("{:<5} {:<62} {:>8} {:>8} {:>8}  {}", "id", "name", "min", "I_ref", "max", "unit");
                for l in &cat.levers {
                    let name: String = l.name.en.chars().take(62).collect();
                    let r = &l.intensity;
                    outln!("{:<5} {:<62} {:>8} {:>8} {:>8}  {}", l.id, name, r.min, r.reference, r.max, l.intensity.unit.en);
                }
            }
            Ok(())
        }
        "explain" => {
            let id = o.positional.first().ok_or_else(|| usage("explain needs a lever id".into()))?;
            let (_, l) = Catalogue::embedded()
                .get(id)
                .ok_or_else(|| (2, format!("unknown lever `{id}` (see `laegedaekning-cli levers`)")))?;
            outln!("{} — {}\n{}\n", l.id, l.name.en, l.name.da);
            outln!("{}\n{}\n", l.summary.en, l.summary.da);
            outln!("Seed passage ({}):\n  «{}»\n", l.seed.document, l.seed.passage);
            outln!("Mechanism:\n  {}\n  {}\n", l.mechanism, texts::mechanism(l, Lang::Da));
            let r = &l.intensity;
            outln!("Intensity: {} — range {}…{}, reference {} (dose {:?}, lag {} y{}, ramp {} y)", r.unit.en, r.min, r.max, r.reference, l.dose, l.lag,
                l.lag_hs.map(|h| format!(", hospital track {h} y")).unwrap_or_default(), l.ramp);
            if tracks::supports_tracks(&l.id) {
                outln!("Per track (MODEL.md §2.1): without \"tracks\" the intensity applies to both tracks, pro rata to their");
                outln!("  baseline posts; \"tracks\": [AM, HS] in the scenario JSON sets general practice (AM) and hospital");
                outln!("  specialties (HS) separately, each in the unit and range above (e.g. {{\"id\": \"{}\", \"intensity\": 0.2, \"tracks\": [0.2, 0.05]}}).", l.id);
            }
            outln!("Default targets: {:?}; direction: {:?}\n", l.targets, l.direction);
            if !l.effects.is_empty() {
                outln!("Effects at I_ref (low / central / high):");
                for e in &l.effects {
                    outln!("  {:<10} {:<40} {:<18} {} / {} / {}", e.key, e.symbol, e.kind, e.low, e.central, e.high);
                }
                outln!();
            }
            outln!("Cost: {}{}", l.cost.formula, if l.cost.missing { " — no number in the sources, counted as 0" } else { "" });
            outln!("Evidence ({:?}): {}\n  {}", l.strength, l.evidence, texts::evidence(l, Lang::Da));
            Ok(())
        }
        "help" | "--help" | "-h" => {
            outln!("{USAGE}");
            Ok(())
        }
        other => Err(usage(format!("unknown command `{other}`"))),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match main_inner(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(code)
        }
    }
}
