"""Quote attribution: direct and reported speech, speakers and their sides."""
from .extract import KINDS, Quote, extract_quotes

__all__ = ["KINDS", "Quote", "extract_quotes"]
