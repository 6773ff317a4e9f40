"""Reads a PDF's structure tree with pikepdf (a PDF library outside our code) and checks it.

Prints one line per structure element, indented two spaces a level, in tree order:
    H2 pages=2,3 lang=en alt="..."
then "MARKED" (when /MarkInfo /Marked is true), "LANG <code>", "TABS" (when every page has
/Tabs /S), "PARENT-TREE" (when every marked-content id leads back to its element), and one
"UNREACHED page=<n> op=<operator>" line for each text-showing or image operator that is
neither an artifact nor in marked content that the tree reaches.

With the argument "drop-answer", the first P element is taken out of the tree before the check,
to show that the check notices a missing answer.
"""
import io
import sys

import pikepdf

pdf = pikepdf.open(io.BytesIO(sys.stdin.buffer.read()))
root = pdf.Root
tree = root.StructTreeRoot
page_numbers = {page.objgen: number for number, page in enumerate(pdf.pages, start=1)}

if "drop-answer" in sys.argv[1:]:

    def drop_first_answer(element):
        kids = element.get("/K")
        if not isinstance(kids, pikepdf.Array):
            return False
        for index, kid in enumerate(kids):
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/MCR":
                if kid.get("/S") == "/P":
                    del kids[index]
                    return True
                if drop_first_answer(kid):
                    return True
        return False

    assert drop_first_answer(tree), "no P element to drop"

reached = {}  # (page number, marked-content id) -> the element that holds it
lines = []


def walk(element, depth, parent):
    if element.get("/P") is None or element.P.objgen != parent.objgen:
        lines.append(f"BAD-PARENT {element.get('/S')}")
    kids = element.get("/K")
    if kids is None:
        kids = []
    elif not isinstance(kids, pikepdf.Array):
        kids = [kids]
    pages = []
    children = []
    for kid in kids:
        if isinstance(kid, int):
            page = page_numbers[element.Pg.objgen]
            reached[(page, int(kid))] = element.objgen
            pages.append(page)
        elif kid.get("/Type") == "/MCR":
            page = page_numbers[(kid.get("/Pg") or element.Pg).objgen]
            reached[(page, int(kid.MCID))] = element.objgen
            pages.append(page)
        else:
            children.append(kid)
    line = "  " * depth + str(element.S)[1:]
    if pages:
        line += " pages=" + ",".join(str(page) for page in sorted(set(pages)))
    if "/Lang" in element:
        line += f" lang={element.Lang}"
    if "/Alt" in element:
        line += f' alt="{element.Alt}"'
    lines.append(line)
    for child in children:
        walk(child, depth + 1, element)


top = tree.K if isinstance(tree.K, pikepdf.Array) else [tree.K]
for element in top:
    walk(element, 0, tree)

if root.get("/MarkInfo") is not None and root.MarkInfo.get("/Marked") is True:
    lines.append("MARKED")
if "/Lang" in root:
    lines.append(f"LANG {root.Lang}")
if all(page.obj.get("/Tabs") == "/S" for page in pdf.pages):
    lines.append("TABS")

# The parent tree: page's /StructParents -> array indexed by marked-content id.
parent_tree = {}
numbers = tree.ParentTree.Nums
for index in range(0, len(numbers), 2):
    parent_tree[int(numbers[index])] = numbers[index + 1]
parent_tree_ok = True

SHOWS = {"Tj", "TJ", "'", '"', "Do"}
for number, page in enumerate(pdf.pages, start=1):
    key = int(page.obj.StructParents)
    stack = []  # for each open sequence: ("artifact",), ("mcid", n) or ("other",)
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "BMC":
            stack.append(("artifact",) if str(operands[0]) == "/Artifact" else ("other",))
        elif op == "BDC":
            properties = operands[1]
            if str(operands[0]) == "/Artifact":
                stack.append(("artifact",))
            elif isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                mcid = int(properties.MCID)
                stack.append(("mcid", mcid))
                # The parent tree leads from this id back to the element that holds it.
                owners = parent_tree.get(key)
                if (
                    owners is None
                    or mcid >= len(owners)
                    or reached.get((number, mcid)) != owners[mcid].objgen
                ):
                    parent_tree_ok = False
            else:
                stack.append(("other",))
        elif op == "EMC":
            stack.pop()
        elif op in SHOWS:
            artifact = any(entry == ("artifact",) for entry in stack)
            ids = [entry[1] for entry in stack if entry[0] == "mcid"]
            if not artifact and not any((number, mcid) in reached for mcid in ids):
                lines.append(f"UNREACHED page={number} op={op}")

if parent_tree_ok:
    lines.append("PARENT-TREE")
print("\n".join(lines))
