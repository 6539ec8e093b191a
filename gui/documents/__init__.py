"""Sổ văn bản and Thu hoạch: the register of documents, a document's editor, the written
reflections.
"""
