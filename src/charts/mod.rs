//! Pure chart geometry: scales, ticks, domains, SVG paths, layout and colour scales, unit-tested
//! natively. The components in `crate::components` only draw what these compute (the split
//! leptos-chartistry keeps between its `projection`/`ticks` modules and its components).

mod choropleth;
mod contrast;
mod domain;
mod export;
mod layout;
mod line_geometry;
mod path;
mod region_shapes;
mod scale;
mod series;
mod ticks;
mod year_ticks;

pub use choropleth::{ColourScale, LegendStep, NO_DATA, RAMP};
pub use contrast::{DARK_INK, LIGHT_INK, contrast_ratio, ink_on, relative_luminance};
pub use domain::{PADDING, ZeroBaseline, y_domain};
pub use export::{file_name, standalone_svg};
pub use layout::{ChartLayout, Rect};
pub use line_geometry::{AxisTick, EndLabel, LineChartGeometry, ReferenceMark};
pub use path::{band_path, line_path};
pub use region_shapes::{Inset, InsetBox, RegionShape, RegionShapes};
pub use scale::LinearScale;
pub use series::{Band, LineChartData, ReferenceLine, Series};
pub use ticks::NiceAxis;
pub use year_ticks::year_ticks;
