//! Text renderings of the origin × destination mobility matrices (MODEL.md §2.12, §4.1) for the CLI:
//! a table (rows = from, columns = to, with what was placed from and arrived in each area and the net
//! inflow), long CSV (`year,stage,from,to,flow,net`) and JSON with the gross and net matrices.

use crate::model::dims::CELLS;
use crate::model::mobility_matrix::{AreaFlows, Stage};
use crate::model::results::{Area, Results};
use std::fmt::Write;

/// The partitions of the cells the mobility report aggregates to, by key: `cells` (10), `regions`
/// (5), `regions4` (Østdanmark, Syddanmark, Midtjylland, Nordjylland) and `zones` (T, O).
pub fn mobility_areas(key: &str) -> Option<Vec<Area>> {
    Some(match key {
        "cells" => (0..CELLS).map(Area::Cell).collect(),
        "regions" => Area::five_regions().to_vec(),
        "regions4" => Area::four_regions().to_vec(),
        "zones" => vec![Area::Threatened, Area::Other],
        _ => return None,
    })
}

/// The stages of a key: one stage (see [`Stage::key`]) or `all`.
pub fn mobility_stages(key: &str) -> Option<Vec<Stage>> {
    if key == "all" { Some(Stage::ALL.to_vec()) } else { Stage::from_key(key).map(|s| vec![s]) }
}

fn flows(res: &Results, t: usize, stage: Stage, areas: &[Area]) -> AreaFlows {
    res.years[t].mobility.matrix(stage).aggregate(areas)
}

/// The gross flows of `stage` in year index `t` as a table (heads, one decimal).
pub fn mobility_table(res: &Results, t: usize, stage: Stage, areas: &[Area]) -> String {
    let f = flows(res, t, stage, areas);
    let names: Vec<String> = areas.iter().map(|a| a.name()).collect();
    let w = names.iter().map(|n| n.chars().count()).max().unwrap_or(0).max(11);
    let mut out = format!("{} {} — heads; rows: from, columns: to (diagonal: stays)\n", res.years[t].year, stage.label());
    let _ = write!(out, "{:<w$}", "from \\ to");
    for n in names.iter().chain(["placed from".to_string()].iter()) {
        let _ = write!(out, " {n:>w$}");
    }
    out.push('\n');
    for (i, n) in names.iter().enumerate() {
        let _ = write!(out, "{n:<w$}");
        for j in 0..areas.len() {
            let _ = write!(out, " {:>w$.1}", f.get(i, j));
        }
        let _ = writeln!(out, " {:>w$.1}", f.row_sum(i));
    }
    for (label, value) in [("arrived", AreaFlows::col_sum as fn(&AreaFlows, usize) -> f64), ("net inflow", AreaFlows::net_inflow)] {
        let _ = write!(out, "{label:<w$}");
        for j in 0..areas.len() {
            let _ = write!(out, " {:>w$.1}", value(&f, j));
        }
        out.push('\n');
    }
    out
}

/// The flows of `stages` in year index `t` as long CSV: `year,stage,from,to,flow,net` (net = flow
/// from → to minus flow to → from).
pub fn mobility_csv(res: &Results, t: usize, stages: &[Stage], areas: &[Area]) -> String {
    let mut out = String::from("year,stage,from,to,flow,net\n");
    for &stage in stages {
        let f = flows(res, t, stage, areas);
        for (i, a) in areas.iter().enumerate() {
            for (j, b) in areas.iter().enumerate() {
                let _ = writeln!(out, "{},{},{},{},{:.6},{:.6}", res.years[t].year, stage.key(), a.name(), b.name(), f.get(i, j), f.net(i, j));
            }
        }
    }
    out
}

/// The flows of `stages` in year index `t` as JSON: per stage the gross matrix `flow[from][to]`, the
/// net matrix, what was placed from and arrived in each area and the net inflow.
pub fn mobility_json(res: &Results, t: usize, stages: &[Stage], areas: &[Area]) -> serde_json::Value {
    let n = areas.len();
    let stages: Vec<serde_json::Value> = stages
        .iter()
        .map(|&stage| {
            let f = flows(res, t, stage, areas);
            let matrix = |g: &dyn Fn(usize, usize) -> f64| -> Vec<Vec<f64>> { (0..n).map(|i| (0..n).map(|j| g(i, j)).collect()).collect() };
            serde_json::json!({
                "stage": stage.key(),
                "label": stage.label(),
                "flow": matrix(&|i, j| f.get(i, j)),
                "net": matrix(&|i, j| f.net(i, j)),
                "placed_from": (0..n).map(|i| f.row_sum(i)).collect::<Vec<_>>(),
                "arrived": (0..n).map(|j| f.col_sum(j)).collect::<Vec<_>>(),
                "net_inflow": (0..n).map(|j| f.net_inflow(j)).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::json!({
        "year": res.years[t].year,
        "areas": areas.iter().map(|a| a.name()).collect::<Vec<_>>(),
        "stages": stages,
    })
}
