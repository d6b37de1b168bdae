//! The CLI's `--mobility` output: CSV equals the in-process matrix, JSON carries every stage with
//! consistent net matrices, the table has the margins, and bad stages, areas and years are refused.

use laegedaekning_core::model::dims::CELLS;
use laegedaekning_core::model::{Area, Baseline, Stage, run};
use laegedaekning_core::Scenario;
use std::process::Command;

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_laegedaekning-cli")).args(args).output().expect("the CLI runs");
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn csv_is_the_cell_matrix_of_the_run() {
    let (code, csv, err) = cli(&["baseline", "--mobility", "hu", "--year", "2035", "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    let res = run(&Baseline::embedded().unwrap(), &Scenario::default());
    let t = res.years.iter().position(|y| y.year == 2035).unwrap();
    let m = res.years[t].mobility.matrix(Stage::Hu);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "year,stage,from,to,flow,net");
    assert_eq!(lines.len(), 1 + CELLS * CELLS);
    for (i, line) in lines[1..].iter().enumerate() {
        let f: Vec<&str> = line.split(',').collect();
        let (from, to) = (i / CELLS, i % CELLS);
        assert_eq!(f[..4], ["2035", "hu", &Area::Cell(from).name(), &Area::Cell(to).name()]);
        let (flow, net): (f64, f64) = (f[4].parse().unwrap(), f[5].parse().unwrap());
        assert!((flow - m.get(from, to)).abs() < 1e-6, "{line}");
        assert!((net - m.net(from, to)).abs() < 1e-6, "{line}");
    }
}

#[test]
fn json_has_every_stage_with_antisymmetric_nets() {
    let (code, json, err) = cli(&["baseline", "--mobility", "all", "--area", "regions", "--year", "2030", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["year"], 2030);
    assert_eq!(v["areas"].as_array().unwrap().len(), 5);
    let stages = v["stages"].as_array().unwrap();
    assert_eq!(stages.len(), Stage::ALL.len());
    for s in stages {
        let net = &s["net"];
        let inflow: f64 = s["net_inflow"].as_array().unwrap().iter().map(|x| x.as_f64().unwrap()).sum();
        assert!(inflow.abs() < 1e-6, "{}: net inflows sum to {inflow}", s["stage"]);
        for i in 0..5 {
            for j in 0..5 {
                let (a, b) = (net[i][j].as_f64().unwrap(), net[j][i].as_f64().unwrap());
                assert!((a + b).abs() < 1e-9, "{}: net not antisymmetric", s["stage"]);
            }
        }
    }
}

#[test]
fn table_shows_the_margins_and_bad_input_is_refused() {
    let (code, table, err) = cli(&["baseline", "--mobility", "specialists", "--area", "zones"]);
    assert_eq!(code, 0, "{err}");
    assert!(table.starts_with("2040 specialist re-draw (S2)"), "{table}");
    for label in ["Threatened areas", "Other areas", "placed from", "arrived", "net inflow"] {
        assert!(table.contains(label), "missing {label}: {table}");
    }
    // Region Østdanmark (the four-region reporting) exists from 2027, as in the headline reports.
    let (code, _, err) = cli(&["baseline", "--mobility", "hu", "--area", "regions4", "--year", "2027"]);
    assert_eq!(code, 0, "{err}");
    for bad in [
        &["--mobility", "nope"][..],
        &["--mobility", "hu", "--area", "t"],
        &["--mobility", "hu", "--year", "2050"],
        &["--mobility", "hu", "--area", "regions4", "--year", "2026"],
    ] {
        let args: Vec<&str> = ["baseline"].iter().chain(bad).copied().collect();
        let (code, _, err) = cli(&args);
        assert_eq!(code, 2, "{args:?} accepted");
        assert!(err.contains("error:"), "{err}");
    }
}
