//! The yearly loop does not allocate (MODEL.md §9, T20): a counting global allocator counts heap
//! allocations during `run_into` with reused buffers, for the baseline and a 10-lever scenario.

use laegedaekning_core::levers::{Catalogue, Scenario};
use laegedaekning_core::model::dims::YEARS;
use laegedaekning_core::model::{Baseline, Results, Workspace, run, run_into};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn the_yearly_loop_performs_no_heap_allocation() {
    let b = Baseline::embedded().unwrap();
    let _ = Catalogue::embedded(); // parsed once, outside the loop
    let scenario: Scenario = serde_json::from_str(include_str!("../examples/ten-levers.json")).unwrap();
    for (name, sc) in [("baseline", Scenario::default()), ("10 levers", scenario)] {
        let (resolved, _) = sc.resolve().unwrap();
        let mut ws = Workspace::new(&b);
        let mut out = Results::with_capacity(YEARS, resolved.ids());
        let before = ALLOCATIONS.load(Ordering::SeqCst);
        run_into(&b, &resolved, &mut ws, &mut out);
        let during = ALLOCATIONS.load(Ordering::SeqCst) - before;
        // The convenience API allocates only its buffers and result vectors, independent of years.
        let before = ALLOCATIONS.load(Ordering::SeqCst);
        let _ = run(&b, &sc);
        let whole = ALLOCATIONS.load(Ordering::SeqCst) - before;
        println!("{name}: {during} allocations inside run_into (16 years); {whole} for a whole `run` call");
        assert_eq!(during, 0, "{name}: the yearly loop allocated");
    }
}
