use pyo3::prelude::*;

#[pyfunction]
#[pyo3(signature = (data, *, delimiter=","))]
fn parse(data: &[u8], delimiter: &str) -> PyResult<Vec<Vec<String>>> {
    let _ = delimiter;
    Ok(vec![String::from_utf8_lossy(data).split('\n').map(|s| s.to_string()).collect()])
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    Ok(())
}
