use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::model::uncertainty::{Run, Spread};
use crate::model::Scenario;

/// Draws between looks at the clock; a few milliseconds' work.
const CHUNK: usize = 1_000;
/// Work for this long, then let the page answer the keyboard: with the
/// progress it then draws, a slice stays under SPEC §9's 16 ms.
const SLICE_MS: f64 = 6.0;
/// How often the progress is drawn: often enough to read as moving, and
/// no slice pays for drawing it every time.
const PROGRESS_MS: f64 = 50.0;

/// How sure the figures are, for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Uncertainty {
    /// None when there is nothing to draw (no ranges, or `mc` is 0).
    pub spread: Option<Rc<Spread>>,
    /// Time spent drawing (and on the tornado), in milliseconds, for the
    /// benchmark.
    pub compute_ms: f64,
}

/// Where the work for the current inputs has got to.
#[derive(Clone, Debug, PartialEq)]
pub enum Progress {
    /// Share of the draws made so far, 0 … 1.
    Working(f64),
    Done(Uncertainty),
}

#[derive(Clone, PartialEq)]
struct Shown {
    /// The inputs these figures belong to: figures for any others are
    /// never shown.
    scenario: Rc<Scenario>,
    progress: Progress,
}

/// Draws times ranged inputs that take a few milliseconds at most: such a
/// run is made with the figures, so a small scenario never flickers.
const QUICK: usize = 50_000;

fn quick(s: &Scenario) -> bool {
    let ranges: usize = s.lines.iter().map(|l| l.ranges.len()).sum();
    ranges.saturating_mul(s.mc as usize) <= QUICK
}

/// The tornado, made at once (its rows are SPEC §8 hooks, in the page by
/// `data-ready`), and the Monte Carlo draws: a small run at once, a larger
/// one off the typing path, in slices of ~6 ms, a newer scenario
/// cancelling it, its figures only ever shown beside the inputs they came
/// from.
#[hook]
pub fn use_monte_carlo(scenario: Rc<Scenario>) -> Progress {
    let at_once = use_memo(scenario.clone(), |s| quick(s).then(|| all_at_once(s)));
    let shown = use_state(|| None::<Shown>);
    {
        let shown = shown.clone();
        use_effect_with(scenario.clone(), move |scenario| {
            let cancelled = Rc::new(Cell::new(false));
            if !quick(scenario) {
                spawn_local(work(scenario.clone(), shown, cancelled.clone()));
            }
            move || cancelled.set(true)
        });
    }
    if let Some(done) = &*at_once {
        return Progress::Done(done.clone());
    }
    match &*shown {
        Some(s) if s.scenario == scenario => s.progress.clone(),
        _ => Progress::Working(0.0),
    }
}

fn all_at_once(scenario: &Scenario) -> Uncertainty {
    let started = now();
    let spread = Run::new(scenario).map(|r| Rc::new(r.finish()));
    Uncertainty {
        spread,
        compute_ms: now() - started,
    }
}

async fn work(
    scenario: Rc<Scenario>,
    shown: UseStateHandle<Option<Shown>>,
    cancelled: Rc<Cell<bool>>,
) {
    // Let the edit's figures paint first.
    TimeoutFuture::new(0).await;
    if cancelled.get() {
        return;
    }
    let mut spent = 0.0;
    let mut said = now();
    let mut run = Run::new(&scenario);
    while let Some(r) = run.as_mut().filter(|r| !r.done()) {
        let slice = now();
        while !r.step(CHUNK) && now() - slice < SLICE_MS {}
        spent += now() - slice;
        if r.done() {
            break;
        }
        if now() - said >= PROGRESS_MS {
            said = now();
            shown.set(Some(Shown {
                scenario: scenario.clone(),
                progress: Progress::Working(r.progress()),
            }));
        }
        TimeoutFuture::new(0).await;
        if cancelled.get() {
            return;
        }
    }
    // The draws' figures sorted, a radix pass at a time, in slices too.
    while let Some(r) = run.as_mut() {
        let slice = now();
        let mut sorted = r.sort_step();
        while !sorted && now() - slice < SLICE_MS {
            sorted = r.sort_step();
        }
        spent += now() - slice;
        if sorted {
            break;
        }
        TimeoutFuture::new(0).await;
        if cancelled.get() {
            return;
        }
    }
    let finished = now();
    let spread = run.map(|r| Rc::new(r.finish()));
    shown.set(Some(Shown {
        scenario,
        progress: Progress::Done(Uncertainty {
            spread,
            compute_ms: spent + now() - finished,
        }),
    }));
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
