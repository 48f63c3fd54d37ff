//! x
#![forbid(unsafe_code)]
mod diagnostic;
mod document;
mod html;
mod tokens;
