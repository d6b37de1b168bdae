//! Golden baseline: the headline series of the baseline run (levers off) are committed in
//! `tests/golden/baseline.csv`; this test compares them (relative tolerance 1e-9, printed to six
//! decimals), so every change to the baseline is a reviewed diff.
//!
//! Regenerate after an intended change with:
//! `UPDATE_GOLDEN=1 cargo test -p laegedaekning-core --test golden`

use laegedaekning_core::model::{Baseline, run};
use laegedaekning_core::report::headline_csv;
use laegedaekning_core::Scenario;

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/baseline.csv");

#[test]
fn baseline_headline_series_match_the_golden_file() {
    let b = Baseline::embedded().unwrap();
    let csv = headline_csv(&run(&b, &Scenario::default()));
    if std::env::var("UPDATE_GOLDEN").is_ok() {
        std::fs::write(PATH, &csv).unwrap();
        println!("wrote {PATH}");
        return;
    }
    let golden = std::fs::read_to_string(PATH).expect("golden file exists (UPDATE_GOLDEN=1 creates it)");
    let (new_lines, old_lines): (Vec<_>, Vec<_>) = (csv.lines().collect(), golden.lines().collect());
    assert_eq!(new_lines.len(), old_lines.len(), "number of rows changed");
    assert_eq!(new_lines[0], old_lines[0], "columns changed");
    for (n, o) in new_lines.iter().zip(&old_lines).skip(1) {
        let (nf, of): (Vec<_>, Vec<_>) = (n.split(',').collect(), o.split(',').collect());
        assert_eq!(nf[..2], of[..2], "row keys changed");
        for (i, (a, b)) in nf.iter().zip(&of).enumerate().skip(2) {
            let (x, y): (f64, f64) = (a.parse().unwrap(), b.parse().unwrap());
            let same = (x.is_nan() && y.is_nan()) || (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0);
            assert!(same, "{} {} column {}: {} (golden {})", nf[0], nf[1], old_lines[0].split(',').nth(i).unwrap(), a, b);
        }
    }
}
