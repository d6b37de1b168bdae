//! The conservation ledger of MODEL.md §2.14: the only ways heads enter or leave the system.
//!
//! Tot_{y+1} = Tot_y + Grad_y + Imm_y − Ret_y − Emig_y must hold to a relative error < 1e-12 (T1).

/// Boundary flows of one year (heads).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Ledger {
    pub graduates: f64,
    pub immigration: f64,
    pub retirement: f64,
    pub emigration: f64,
}

impl Ledger {
    /// Net boundary flow Grad + Imm − Ret − Emig.
    pub fn net(&self) -> f64 {
        self.graduates + self.immigration - self.retirement - self.emigration
    }

    /// Relative conservation error of a step from `before` to `after` heads.
    pub fn relative_error(&self, before: f64, after: f64) -> f64 {
        let scale = before.abs().max(after.abs()).max(1.0);
        (after - before - self.net()).abs() / scale
    }
}
