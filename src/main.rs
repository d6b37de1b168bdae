//! Entry point of the browser app: mounts the root component and nothing else.

fn main() {
    laegedaekning::start();
}
