fn main() {
    pilot_savings::start();
}
