//! What a band is computed for — the resolved scenario, the seed and the area — as plain numbers, so
//! the page can hand it to its Web Workers exactly. A share token or JSON would not do: a token
//! carries the scenario before resolution, and serde_json's default float parsing may round the last
//! bit, while a band must equal the CLI's bit for bit. Numbers cross `postMessage` unchanged.
//!
//! Layout (version 1): `[1, seed high 32 bits, seed low 32 bits, area kind, area index, levers]`, then
//! per lever `[catalogue index, start year, setting, has tracks, track AM, track HS, intensity × 10
//! cells]`. Decoding checks every number, so a garbled message is an error, never a panic.

use super::error::UncertaintyError;
use crate::levers::{Active, Catalogue, Resolved, Setting};
use crate::model::Area;
use crate::model::dims::{CELLS, REGIONS};

const VERSION: f64 = 1.0;
const HEADER: usize = 6;
const PER_LEVER: usize = 6 + CELLS;
/// More settings than any scenario the app can make (a lever may appear once per target set).
const MAX_LEVERS: usize = 1024;

/// The inputs of one band.
#[derive(Clone, Debug, PartialEq)]
pub struct BandRequest {
    pub scenario: Resolved,
    pub seed: u64,
    pub area: Area,
}

impl BandRequest {
    /// The request as numbers (see the module's layout).
    pub fn to_words(&self) -> Vec<f64> {
        let (kind, index) = area_code(self.area);
        let mut w = vec![VERSION, (self.seed >> 32) as f64, (self.seed & 0xFFFF_FFFF) as f64, kind, index, self.scenario.active.len() as f64];
        for a in &self.scenario.active {
            let tracks = a.tracks.unwrap_or([0.0; 2]);
            w.extend([a.lever as f64, f64::from(a.start_year), a.setting.index() as f64, f64::from(u8::from(a.tracks.is_some())), tracks[0], tracks[1]]);
            w.extend(a.intensity);
        }
        w
    }

    /// Reads [`BandRequest::to_words`]'s numbers back.
    pub fn from_words(w: &[f64]) -> Result<BandRequest, UncertaintyError> {
        let bad = |what: &str| UncertaintyError::Input(format!("band request: {what}"));
        if w.len() < HEADER || w[0] != VERSION {
            return Err(bad("not a version 1 request"));
        }
        let n = whole(w[5], MAX_LEVERS).ok_or_else(|| bad("lever count"))?;
        if w.len() != HEADER + n * PER_LEVER {
            return Err(bad("length does not match the lever count"));
        }
        let seed = (whole(w[1], u32::MAX as usize).ok_or_else(|| bad("seed"))? as u64) << 32
            | whole(w[2], u32::MAX as usize).ok_or_else(|| bad("seed"))? as u64;
        let area = area_of(w[3], w[4]).ok_or_else(|| bad("area"))?;
        let catalogue = Catalogue::embedded();
        let mut active = Vec::with_capacity(n);
        for l in w[HEADER..].chunks_exact(PER_LEVER) {
            let lever = whole(l[0], catalogue.levers.len() - 1).ok_or_else(|| bad("lever index"))?;
            let start_year = whole(l[1], 9999).ok_or_else(|| bad("start year"))? as i32;
            let setting = match whole(l[2], 2) {
                Some(0) => Setting::Low,
                Some(1) => Setting::Central,
                Some(2) => Setting::High,
                _ => return Err(bad("effect setting")),
            };
            let tracks = match whole(l[3], 1) {
                Some(0) => None,
                Some(1) => Some([l[4], l[5]]),
                _ => return Err(bad("track flag")),
            };
            let mut intensity = [0.0; CELLS];
            intensity.copy_from_slice(&l[6..]);
            if !l[4..].iter().all(|x| x.is_finite()) {
                return Err(bad("an intensity is not a number"));
            }
            active.push(Active { lever, id: catalogue.levers[lever].id.clone(), intensity, tracks, start_year, setting, draw: None });
        }
        Ok(BandRequest { scenario: Resolved { active }, seed, area })
    }
}

/// `x` as a whole number in 0…=max.
fn whole(x: f64, max: usize) -> Option<usize> {
    (x >= 0.0 && x.fract() == 0.0 && x <= max as f64).then_some(x as usize)
}

fn area_code(area: Area) -> (f64, f64) {
    match area {
        Area::Cell(c) => (0.0, c as f64),
        Area::Region(r) => (1.0, r as f64),
        Area::Ostdanmark => (2.0, 0.0),
        Area::Threatened => (3.0, 0.0),
        Area::Other => (4.0, 0.0),
        Area::Nation => (5.0, 0.0),
    }
}

fn area_of(kind: f64, index: f64) -> Option<Area> {
    let i = whole(index, CELLS - 1)?;
    Some(match whole(kind, 5)? {
        0 => Area::Cell(i),
        1 if i < REGIONS => Area::Region(i),
        2 => Area::Ostdanmark,
        3 => Area::Threatened,
        4 => Area::Other,
        5 => Area::Nation,
        _ => return None,
    })
}
