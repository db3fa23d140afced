"""What the service tells about itself: JSON logs, Prometheus metrics (technical and business), and the health
checks of `pdp-gateway doctor` and `/readyz`. Every other room may use it; it uses only the domain and the adapters."""
