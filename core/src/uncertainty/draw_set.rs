//! A band's draws gathered out of order. The app's Web Workers each run a share of a band's draws
//! ([`super::BandJob::run_draw`]) and send them back as rows of plain numbers ([`push_row`]); the page
//! collects the rows here, by draw index, and draws the band while it fills in. The quantiles sort
//! their values, so once every draw is in, the bands equal a sequential [`super::BandJob`]'s bit for
//! bit (`tests/draw_set.rs`).

use super::band::{Band, bands_over};
use super::error::UncertaintyError;
use super::job::BandJob;
use super::series::{HEADLINES, Series};
use crate::model::dims::YEARS;

/// Numbers per draw in a row: the draw index, the scenario's series, the same-draw baseline's series.
pub const ROW: usize = 1 + 2 * HEADLINES * YEARS;

/// Appends draw `i`'s row (`scenario`, `baseline`) to `out`.
pub fn push_row(i: usize, scenario: &Series, baseline: &Series, out: &mut Vec<f64>) {
    out.push(i as f64);
    out.extend(scenario.iter().flatten());
    out.extend(baseline.iter().flatten());
}

/// Runs the draws `indices` of `job` and appends their rows to `out` (a Web Worker's share).
pub fn run_rows(job: &mut BandJob, indices: impl IntoIterator<Item = usize>, out: &mut Vec<f64>) {
    let mut series = [[0.0; YEARS]; HEADLINES];
    for i in indices {
        let base = job.run_draw(i, &mut series);
        push_row(i, &series, &base, out);
    }
}

/// The draws of one band received so far.
#[derive(Clone, Debug)]
pub struct DrawSet {
    target: usize,
    seen: Vec<bool>,
    scenario: Vec<Series>,
    baseline: Vec<Series>,
}

impl DrawSet {
    /// An empty set for a band of `target` draws (indices 0…target − 1).
    pub fn new(target: usize) -> Self {
        DrawSet { target, seen: vec![false; target], scenario: Vec::with_capacity(target), baseline: Vec::with_capacity(target) }
    }

    /// Draws received.
    pub fn len(&self) -> usize {
        self.scenario.len()
    }

    pub fn is_empty(&self) -> bool {
        self.scenario.is_empty()
    }

    /// Whether every draw of the band is in.
    pub fn is_complete(&self) -> bool {
        self.len() == self.target
    }

    /// Adds the rows in `words` (a whole number of [`ROW`]s); returns how many draws were new. A
    /// draw index outside the band or a ragged message is refused whole: nothing of it is kept, so
    /// a garbled message can never leave half a draw behind. A repeated draw is ignored.
    pub fn insert_rows(&mut self, words: &[f64]) -> Result<usize, UncertaintyError> {
        if !words.len().is_multiple_of(ROW) {
            return Err(UncertaintyError::Input(format!("a band message of {} numbers is not whole draws of {ROW}", words.len())));
        }
        let index = |row: &[f64]| {
            let i = row[0];
            (i >= 0.0 && i.fract() == 0.0 && i < self.target as f64).then_some(i as usize)
        };
        if let Some(bad) = words.chunks_exact(ROW).find(|row| index(row).is_none()) {
            return Err(UncertaintyError::Input(format!("draw index {} is outside the band's {} draws", bad[0], self.target)));
        }
        let mut added = 0;
        for row in words.chunks_exact(ROW) {
            let Some(i) = index(row) else { continue };
            if std::mem::replace(&mut self.seen[i], true) {
                continue;
            }
            self.scenario.push(series_of(&row[1..]));
            self.baseline.push(series_of(&row[1 + HEADLINES * YEARS..]));
            added += 1;
        }
        Ok(added)
    }

    /// Bands of all six headlines over the draws received.
    pub fn bands(&self) -> Vec<Band> {
        bands_over(&self.scenario)
    }

    /// Bands of the same-draw baseline over the draws received.
    pub fn baseline_bands(&self) -> Vec<Band> {
        bands_over(&self.baseline)
    }
}

/// The series in the first `HEADLINES × YEARS` numbers of `words`.
fn series_of(words: &[f64]) -> Series {
    let mut s = [[0.0; YEARS]; HEADLINES];
    for (h, out) in s.iter_mut().enumerate() {
        out.copy_from_slice(&words[h * YEARS..(h + 1) * YEARS]);
    }
    s
}
