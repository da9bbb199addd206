"""A small built-in spelling check for drafts: a word written twice in a row, and the English
misspellings people make most often (a fixed list, each with its right spelling). It cannot
know every word; it catches the slips a careful reader notices first.

Example::

    >>> slips("I recieve the the letter.")
    ["'recieve' (receive)", "'the the' (a word twice)"]
"""

from __future__ import annotations

import re

# misspelt -> right; the usual slips in English mail, and a few of the job search's own words
MISSPELLINGS = {
    "accomodate": "accommodate",
    "acheive": "achieve",
    "acknowlege": "acknowledge",
    "adress": "address",
    "aknowledge": "acknowledge",
    "apparant": "apparent",
    "appologize": "apologize",
    "apreciate": "appreciate",
    "appriciate": "appreciate",
    "arguement": "argument",
    "basicly": "basically",
    "begining": "beginning",
    "beleive": "believe",
    "belive": "believe",
    "buisness": "business",
    "calender": "calendar",
    "carreer": "career",
    "collegue": "colleague",
    "comittee": "committee",
    "commited": "committed",
    "comming": "coming",
    "concious": "conscious",
    "definately": "definitely",
    "definatly": "definitely",
    "dilema": "dilemma",
    "embarass": "embarrass",
    "enviroment": "environment",
    "excelent": "excellent",
    "existance": "existence",
    "experiance": "experience",
    "familar": "familiar",
    "finaly": "finally",
    "foward": "forward",
    "freind": "friend",
    "goverment": "government",
    "gratefull": "grateful",
    "greatful": "grateful",
    "guarentee": "guarantee",
    "happend": "happened",
    "hte": "the",
    "immediatly": "immediately",
    "independant": "independent",
    "interveiw": "interview",
    "intrested": "interested",
    "intresting": "interesting",
    "knowlege": "knowledge",
    "managment": "management",
    "millenium": "millennium",
    "neccessary": "necessary",
    "necessery": "necessary",
    "noticable": "noticeable",
    "occassion": "occasion",
    "occured": "occurred",
    "occurance": "occurrence",
    "oppertunity": "opportunity",
    "oppurtunity": "opportunity",
    "opportunty": "opportunity",
    "persue": "pursue",
    "posession": "possession",
    "potentialy": "potentially",
    "prefered": "preferred",
    "priviledge": "privilege",
    "proffesional": "professional",
    "profesional": "professional",
    "publically": "publicly",
    "realy": "really",
    "reccomend": "recommend",
    "recomend": "recommend",
    "recieve": "receive",
    "recieved": "received",
    "refered": "referred",
    "relevent": "relevant",
    "resposibility": "responsibility",
    "responsability": "responsibility",
    "responsibilites": "responsibilities",
    "schedual": "schedule",
    "seperate": "separate",
    "sincerly": "sincerely",
    "succesful": "successful",
    "successfull": "successful",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "tomorow": "tomorrow",
    "truely": "truly",
    "untill": "until",
    "wich": "which",
    "wierd": "weird",
    "writting": "writing",
}
# a word twice in a row: "the the", "to to"; "that that" and "had had" can be right
_DOUBLED = re.compile(r"\b([A-Za-z]+)[ \t]+\1\b", re.IGNORECASE)
_DOUBLE_OK = {"that", "had", "is", "bye", "very", "no"}
_WORD = re.compile(r"[A-Za-z]+")


def slips(text: str) -> list[str]:
    """Each slip found, in words: "'recieve' (receive)", "'the the' (a word twice)"."""
    found: list[str] = []
    for word in _WORD.findall(text):
        right = MISSPELLINGS.get(word.lower())
        if right is not None:
            found.append(f"'{word}' ({right})")
    for m in _DOUBLED.finditer(text):
        if m.group(1).lower() not in _DOUBLE_OK:
            found.append(f"'{m.group(0)}' (a word twice)")
    return found
