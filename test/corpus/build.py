#!/usr/bin/python3
"""Writes the openpyxl half of the round-trip corpus, and the flat ODS that LibreOffice turns into
the rest (see build.sh, which runs this and then soffice, and README.md for what each file is).

    build.py OUTDIR   writes OUTDIR/openpyxl-juhuasuan.xlsx, OUTDIR/openpyxl-dacu.xlsx and
                      OUTDIR/libreoffice-dianpu.fods

Workbooks a team would keep: a 推进表 with its milestones, a budget, the shop's sales and the
paid channels, plus what other writers put in and a careless writer loses (charts, an image,
comments, names scoped to a sheet, outline settings, the team's own conditional formats and
validations, print settings, panes, an Excel table, custom document properties, a pivot table).
Needs python3-openpyxl (3.0 or later); no Pillow is needed to make the picture.
"""

import datetime as dt
import io
import os
import struct
import sys
import zlib
from xml.sax.saxutils import escape, quoteattr

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, DataBarRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.properties import Outline, PageSetupProperties
from openpyxl.worksheet.table import Table, TableStyleInfo

MONEY = '"¥"#,##0.00'
DATE = "yyyy/m/d"
DATE_TIME = "yyyy/m/d hh:mm"
PERCENT = "0.00%"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEADER_FILL = PatternFill("solid", fgColor="FFD9E1F2")
DONE_FILL = PatternFill("solid", fgColor="FFC6EFCE")
LATE_FILL = PatternFill("solid", fgColor="FFFFC7CE")
THIN = Side(style="thin", color="FF999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center")


def png(width, height, pixel):
    """A PNG written by hand: 8-bit RGB, one filter byte per row, zlib-deflated."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def shop_logo():
    """A 48×48 badge: a red disc on white, the shop's mark in the corner of its sheets."""

    def pixel(x, y):
        inside = (x - 23.5) ** 2 + (y - 23.5) ** 2 <= 20**2
        return (200, 30, 45) if inside else (255, 255, 255)

    return png(48, 48, pixel)


def qr_like():
    """A 29×29 black-and-white pattern standing in for the shop's 微信 QR code."""

    def pixel(x, y):
        finder = any(
            ox <= x < ox + 7 and oy <= y < oy + 7 and (x - ox in (0, 6) or y - oy in (0, 6) or (2 <= x - ox <= 4 and 2 <= y - oy <= 4))
            for ox, oy in ((0, 0), (22, 0), (0, 22))
        )
        noise = (x * 7 + y * 13 + x * y) % 5 == 0 and not (x < 8 and y < 8)
        return (0, 0, 0) if finder or noise else (255, 255, 255)

    return png(29, 29, pixel)


def picture(data, anchor, size):
    image = Image(io.BytesIO(data))
    image.width, image.height = size
    image.anchor = anchor
    return image


def header_row(ws, row, names, first_col=1):
    for i, name in enumerate(names):
        cell = ws.cell(row=row, column=first_col + i, value=name)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.border = BOX
        cell.alignment = CENTER


def scoped_name(wb, name, sheet, ref):
    """A defined name seen only on `sheet` (localSheetId), as Excel keeps 目标 per sheet."""
    wb.defined_names.append(
        DefinedName(name, localSheetId=wb.sheetnames.index(sheet), attr_text=ref)
    )


def book_name(wb, name, ref):
    wb.defined_names.append(DefinedName(name, attr_text=ref))


def fixed_properties(wb, title, created):
    wb.properties.creator = "运营部"
    wb.properties.lastModifiedBy = "运营部"
    wb.properties.title = title
    wb.properties.created = created
    wb.properties.modified = created


# ---------------------------------------------------------------------------------------------
# openpyxl-juhuasuan.xlsx: a 聚划算 商品团 workbook, the openpyxl case
# ---------------------------------------------------------------------------------------------

JHS_TASKS = [
    # 阶段, 部门, 工作事项, 完成时间 (text, or a date the team typed), 负责人, 状态, 备注
    ("活动前", "运营", "选款测款，预估活动费用", "报名前25天", "运营主管", "已完成", None),
    (None, "运营", "提交聚划算报名资料", "报名前1天", "运营主管", "已完成", None),
    (None, "财务", "活动款项到位", "报名前3个工作日", "财务", "进行中", None),
    (None, "运营", "坑位竞拍，缴纳竞拍费", "竞拍成功当天", "运营主管", "未开始", None),
    (None, "推广", "直通车、钻展活动计划", "竞拍后2天", "推广主管", "未开始", None),
    (None, "推广", "站外预热：微博、微信、短信", "排期前15天", "推广主管", "未开始", None),
    (None, "美工", "商品拍摄与修图", dt.datetime(2026, 9, 20), "美工主管", "已完成", "摄影棚已约"),
    (None, "美工", "上传聚图和详情页", "开团前7天", "美工主管", "未开始", None),
    (None, "客服", "聚划算活动培训", dt.datetime(2026, 10, 8), "客服主管", "未开始", None),
    (None, "仓库", "核对库存，准备包装", "开团前3-7天", "仓库主管", "未开始", "核心款备3倍库存"),
    ("活动中", "运营", "核对价格、库存与页面", "开团前半小时", "运营主管", "未开始", None),
    (None, "推广", "判断是否启用预备方案", "开团后25 分钟", "推广主管", "未开始", None),
    (None, "客服", "跟进销售，汇报运营", "开团15分钟", "客服主管", "未开始", None),
    (None, "仓库", "跟进打单与打包", "开团当天15点", "仓库主管", "未开始", None),
    ("活动后", "推广", "恢复价格，至少提价10%", "活动结束后1天", "推广主管", "未开始", None),
    (None, "运营", "活动总结会", "开团后3天", "运营主管", "未开始", None),
    (None, "运营", "年度活动规划", "年未", "店长", "未开始", "年底再定"),
]

JHS_MILESTONES = [
    ("报名", dt.datetime(2026, 10, 12)),
    ("竞拍", dt.datetime(2026, 10, 19)),
    ("排期", dt.datetime(2026, 10, 26)),
    ("开团", dt.datetime(2026, 11, 11, 10, 0)),
    ("活动结束", dt.datetime(2026, 11, 12, 10, 0)),
]

OWNERS = ["运营主管", "推广主管", "美工主管", "文案", "客服主管", "仓库主管", "财务", "店长"]


def jhs_plan(wb):
    ws = wb.active
    ws.title = "推进表"
    ws["A1"] = "【聚划算】(商品团)推进表"
    ws["A1"].font = TITLE
    ws.merge_cells("A1:E1")
    ws["F1"] = "目标"
    ws["G1"] = 1
    ws["H1"] = "=目标*1"
    ws["A2"] = "里程碑"
    ws["A2"].font = BOLD
    for i, (name, when) in enumerate(JHS_MILESTONES):
        label = ws.cell(row=2, column=2 + 2 * i, value=name)
        label.font = BOLD
        value = ws.cell(row=2, column=3 + 2 * i, value=when)
        value.number_format = DATE_TIME if when.hour else DATE
    header_row(ws, 3, ["序号", "阶段", "部门", "工作事项", "完成时间", "负责人", "状态", "备注"])
    first = 4
    for i, (phase, dept, task, due, owner, status, note) in enumerate(JHS_TASKS):
        row = first + i
        ws.cell(row=row, column=1, value=1 if i == 0 else f"=A{row - 1}+1")
        ws.cell(row=row, column=2, value=phase).alignment = CENTER
        ws.cell(row=row, column=3, value=dept)
        ws.cell(row=row, column=4, value=task)
        due_cell = ws.cell(row=row, column=5, value=due)
        if isinstance(due, dt.datetime):
            due_cell.number_format = DATE
        ws.cell(row=row, column=6, value=owner)
        ws.cell(row=row, column=7, value=status)
        ws.cell(row=row, column=8, value=note)
    last = first + len(JHS_TASKS) - 1
    for top, bottom in ((4, 13), (14, 17), (18, 20)):
        ws.merge_cells(start_row=top, start_column=2, end_row=bottom, end_column=2)
    ws["D7"].comment = Comment("以竞拍成功短信为准，竞拍失败顺延到下一期。", "运营主管")
    ws["E12"].comment = Comment("仓库要求至少提前3天，最好7天。", "仓库主管")
    ws["H10"].hyperlink = Hyperlink(ref="H10", location="'预算'!A1", display="摄影棚已约")
    for col, width in zip("ABCDEFGH", (6, 8, 8, 30, 16, 10, 8, 18)):
        ws.column_dimensions[col].width = width
    ws.add_image(picture(shop_logo(), "M1", (48, 48)))

    status = DataValidation(type="list", formula1='"未开始,进行中,已完成,延期"', allow_blank=True)
    status.error = "请选择：未开始、进行中、已完成或延期"
    status.errorTitle = "状态"
    status.add(f"G{first}:G{last}")
    owners = DataValidation(type="list", formula1="负责人列表", allow_blank=True)
    owners.add(f"F{first}:F{last}")
    ws.add_data_validation(status)
    ws.add_data_validation(owners)
    ws.conditional_formatting.add(
        f"G{first}:G{last}", CellIsRule(operator="equal", formula=['"已完成"'], fill=DONE_FILL)
    )
    ws.conditional_formatting.add(
        f"E{first}:E{last}",
        FormulaRule(formula=[f'AND(ISNUMBER(E{first}),E{first}<TODAY(),G{first}<>"已完成")'], fill=LATE_FILL),
    )

    ws.freeze_panes = "E4"
    ws.auto_filter.ref = f"A3:H{last}"
    ws.print_area = f"A1:H{last}"
    ws.print_title_rows = "3:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.tabColor = "FFC00000"
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.row_dimensions.group(5, 13, outline_level=1, hidden=False)
    ws.oddHeader.center.text = "&A"
    ws.oddFooter.right.text = "第 &P 页，共 &N 页"
    return ws


JHS_BUDGET = [
    # 类别, 项目, 单价, 数量, 天数, 金额, 实际花费, 备注
    ("流量采买", "直通车", None, None, None, 20000, 21500, None),
    (None, "钻展", None, None, None, 12000, 9000, None),
    (None, "短信", 0.05, 20000, None, None, 1000, None),
    ("人员费用", "临促", 50, 6, 5, None, 1500, "6人×5天×50元/天"),
    ("物料制作", "DM单页", 0.15, 10000, None, None, 1600, None),
    ("优惠补贴", "优惠券", 10, 800, None, None, 7200, None),
    ("平台费用", "坑位费", None, None, None, 3000, 3000, None),
    (None, "保证金", None, None, None, 5000, 5000, "冻结，活动后退回"),
]


def jhs_budget(wb):
    ws = wb.create_sheet("预算")
    ws["A1"] = "聚划算活动预算（单位：元）"
    ws["A1"].font = TITLE
    header_row(ws, 2, ["类别", "项目", "单价", "数量", "天数", "金额", "实际花费", "备注"])
    for i, line in enumerate(JHS_BUDGET):
        for j, v in enumerate(line):
            cell = ws.cell(row=3 + i, column=1 + j, value=v)
            if j in (5, 6):
                cell.number_format = MONEY
    total = 3 + len(JHS_BUDGET)
    ws.cell(row=total, column=2, value="合计").font = BOLD
    ws.cell(row=total, column=6, value=f"=SUM(F3:F{total - 1})").number_format = MONEY
    ws.cell(row=total, column=7, value=f"=SUM(G3:G{total - 1})").number_format = MONEY
    ws.cell(row=total + 2, column=1, value="备注：以上预算均不含税")
    ws["B9"].comment = Comment("坑位费以小二确认的报价为准。", "运营主管")
    quantity = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
    quantity.prompt = "数量填整数"
    quantity.showInputMessage = True
    quantity.add(f"D3:D{total - 1}")
    ws.add_data_validation(quantity)
    ws.conditional_formatting.add(
        f"G3:G{total - 1}", FormulaRule(formula=["AND(ISNUMBER($F3),$G3>$F3)"], fill=LATE_FILL)
    )
    for col, width in zip("ABCDEFGH", (10, 10, 8, 8, 6, 14, 14, 18)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A3"

    chart = BarChart()
    chart.type = "col"
    chart.title = "各项实际花费"
    chart.y_axis.title = "元"
    chart.add_data(Reference(ws, min_col=7, min_row=2, max_row=total - 2), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=3, max_row=total - 2))
    chart.width, chart.height = 14, 7
    ws.add_chart(chart, "J2")
    return ws


JHS_SALES = [
    (dt.datetime(2026, 11, 9), 8000, 24000, 240, 260, 48000, 1200),
    (dt.datetime(2026, 11, 10), 12000, 36000, 360, 400, 72000, 2000),
    (dt.datetime(2026, 11, 11), 30000, 90000, 1200, 1350, 240000, 3456.5),
    ("2026-11-12", 9000, 27000, 270, 290, 54000, 1500),
    ("2026-11-13", 7000, 21000, 210, 220, 42000, 1000),
]


def jhs_sales(wb):
    ws = wb.create_sheet("店铺数据")
    ws["A1"] = "聚划算 店铺整体数据（生意参谋导出）"
    ws["A1"].font = TITLE
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "毛利率", 0.4, "销售额目标", 600000
    ws["B2"].number_format = PERCENT
    ws["E2"], ws["F2"] = "日均支付金额", "=AVERAGE(F5:F9)"
    ws["F2"].number_format = MONEY
    header_row(ws, 4, ["统计日期", "访客数", "浏览量", "支付买家数", "支付子订单数", "支付金额", "退款金额"])
    for i, line in enumerate(JHS_SALES):
        for j, v in enumerate(line):
            cell = ws.cell(row=5 + i, column=1 + j, value=v)
            if j == 0 and isinstance(v, dt.datetime):
                cell.number_format = DATE
            if j in (5, 6):
                cell.number_format = MONEY
    ws["F4"].comment = Comment("支付金额不扣退款，退款另列。", "数据分析")
    ws.conditional_formatting.add("F5:F9", DataBarRule(start_type="min", end_type="max", color="FF638EC6"))
    ws.freeze_panes = "B5"
    for col, width in zip("ABCDEFG", (12, 10, 10, 10, 12, 14, 12)):
        ws.column_dimensions[col].width = width

    chart = LineChart()
    chart.title = "每日支付金额"
    chart.add_data(Reference(ws, min_col=6, min_row=4, max_row=9), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=5, max_row=9))
    chart.width, chart.height = 14, 7
    ws.add_chart(chart, "I4")
    return ws


JHS_CHANNELS = [
    ("直通车", 12000, 480000, 9600, 60000, 5),
    ("引力魔方", 8000, 900000, 7200, 16000, 2),
    ("万相台", 15000, 600000, 8000, 52500, 3.5),
    ("淘宝客", 4000, None, None, 18000, 4.5),
]


def jhs_channels(wb):
    ws = wb.create_sheet("推广渠道")
    ws["A1"] = "聚划算 推广花费（各投放工具导出）"
    ws["A1"].font = TITLE
    header_row(ws, 3, ["渠道", "花费", "展现", "点击", "成交金额", "ROI"])
    for i, line in enumerate(JHS_CHANNELS):
        for j, v in enumerate(line):
            ws.cell(row=4 + i, column=1 + j, value=v)
    ws["A8"] = "合计"
    for col in "BCDE":
        ws[f"{col}8"] = f"=SUM({col}4:{col}7)"
    ws["F8"] = "=ROUND(E8/B8,2)"
    ws.conditional_formatting.add(
        "F4:F7",
        ColorScaleRule(start_type="min", start_color="FFF8696B", end_type="max", end_color="FF63BE7B"),
    )
    return ws


def jhs_notes(wb):
    ws = wb.create_sheet("备注")
    ws["A1"] = "负责人名单"
    ws["A1"].font = BOLD
    for i, owner in enumerate(OWNERS):
        ws.cell(row=3 + i, column=1, value=owner)
    ws["C1"], ws["D1"] = "目标", 2
    ws["C2"], ws["D2"] = "目标×1", "=目标*1"
    ws["C3"], ws["D3"] = "开团时间", "=开团时间"
    ws["D3"].number_format = DATE_TIME
    ws["C4"], ws["D4"] = "报名到开团（天）", "=开团时间-'推进表'!$C$2"
    ws["C5"], ws["D5"] = "保本ROI", "=1/毛利率"
    ws["C6"], ws["D6"] = "渠道合计ROI", "='推广渠道'!F8"
    ws["D4"].number_format = "0.00"
    return ws


def juhuasuan(path):
    wb = Workbook()
    fixed_properties(wb, "聚划算商品团推进表", dt.datetime(2026, 9, 1, 9, 0))
    jhs_plan(wb)
    jhs_budget(wb)
    jhs_sales(wb)
    jhs_channels(wb)
    jhs_notes(wb)
    scoped_name(wb, "目标", "推进表", "'推进表'!$G$1")
    scoped_name(wb, "目标", "备注", "'备注'!$D$1")
    book_name(wb, "开团时间", "'推进表'!$I$2")
    book_name(wb, "毛利率", "'店铺数据'!$B$2")
    book_name(wb, "负责人列表", f"'备注'!$A$3:$A${2 + len(OWNERS)}")
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# openpyxl-dacu.xlsx: a 双11 大促 workbook, pandas-style sheets, an Excel table, a hidden sheet
# ---------------------------------------------------------------------------------------------

DACU_PLAN = "双11 推进表"
DACU_BUDGET = "双11 预算"

DACU_TASKS = [
    # 活动阶段, 岗位, 任务, 开始时间, 截止时间, 工期, 责任人, 进度
    ("预热期", "运营", "确定主推款与库存", dt.datetime(2026, 10, 1), "预热前10天", 5, "运营主管", "100%"),
    (None, "美工", "预热页面与主图", None, "预热前3天", 7, "美工主管", "80%"),
    (None, "推广", "关键词推广蓄水计划", None, "蓄水前2天", 3, "推广主管", "已完成50%"),
    (None, "客服", "大促话术与快捷短语", None, dt.datetime(2026, 10, 25), 2, "客服主管", "0%"),
    ("爆发期", "运营", "零点核对价格与优惠券", None, "爆发前半小时", None, "运营主管", "0%"),
    (None, "推广", "每30分钟对比流量与计划", None, "爆发后1小时", None, "推广主管", "0%"),
    (None, "仓库", "打单发货，48小时内发出", None, "爆发后2天", 2, "仓库主管", "0%"),
    ("返场", "运营", "返场活动上线", None, "返场当天", 1, "运营主管", "0%"),
    (None, "运营", "复盘会", None, "返场后3天", 1, "店长", "0%"),
]

DACU_MILESTONES = [
    ("预热时间：", dt.datetime(2026, 10, 20, 20, 0)),
    ("蓄水时间：", dt.datetime(2026, 11, 1)),
    ("爆发时间：", dt.datetime(2026, 11, 11, 0, 0)),
    ("返场时间：", dt.datetime(2026, 11, 12)),
]


def dacu_plan(wb):
    ws = wb.active
    ws.title = DACU_PLAN
    ws["A1"] = "2026 双11大促 推进表"
    ws["A1"].font = TITLE
    ws["A2"] = "版本：v3（10月1日更新）"
    for i, (label, when) in enumerate(DACU_MILESTONES):
        ws.cell(row=3, column=1 + 2 * i, value=label).font = BOLD
        ws.cell(row=3, column=2 + 2 * i, value=when).number_format = DATE_TIME
    header_row(ws, 5, ["步骤", "活动阶段", "岗位", "任务", "开始时间", "截止时间", "工期", "责任人", "进度"])
    for i, line in enumerate(DACU_TASKS):
        row = 6 + i
        ws.cell(row=row, column=1, value=i + 1)
        for j, v in enumerate(line):
            cell = ws.cell(row=row, column=2 + j, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = DATE
    last = 5 + len(DACU_TASKS)
    for top, bottom in ((6, 9), (10, 12), (13, 14)):
        ws.merge_cells(start_row=top, start_column=2, end_row=bottom, end_column=2)
    ws["D8"].comment = Comment("蓄水期按 11-01 到 11-10 安排。", "推广主管")
    dept = DataValidation(type="list", formula1="部门列表", allow_blank=True)
    dept.add(f"C6:C{last}")
    ws.add_data_validation(dept)
    ws.conditional_formatting.add(
        f"I6:I{last}", CellIsRule(operator="equal", formula=['"100%"'], fill=DONE_FILL)
    )
    ws.freeze_panes = "E6"
    ws.print_area = f"A1:I{last}"
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=False)
    for col, width in zip("ABCDEFGHI", (6, 8, 8, 28, 12, 14, 6, 10, 10)):
        ws.column_dimensions[col].width = width
    # Grouped after the widths: openpyxl folds F and G into E's <col>, so no two <col> overlap.
    ws.row_dimensions.group(7, 9, outline_level=1)
    ws.column_dimensions.group("E", "G", outline_level=1)
    return ws


DACU_BUDGET_LINES = [
    # 类别, 项目, 预算, 实际
    ("推广", "关键词推广", 50000, 52000),
    (None, "人群推广", 30000, 28500),
    (None, "淘宝客佣金", 15000, 16200),
    ("优惠补贴", "满减", 40000, 36000),
    (None, "赠品", 8000, 8300),
    ("人员费用", "临促", 6000, 6000),
    ("平台费用", "坑位费", 20000, 20000),
    (None, "保证金", 10000, 10000),
]


def dacu_budget(wb):
    ws = wb.create_sheet(DACU_BUDGET)
    ws["A1"] = "双11 预算与执行（元）"
    ws["A1"].font = TITLE
    header_row(ws, 2, ["类别", "项目", "预算", "实际", "执行率"])
    for i, (cat, item, plan, actual) in enumerate(DACU_BUDGET_LINES):
        row = 3 + i
        ws.cell(row=row, column=1, value=cat)
        ws.cell(row=row, column=2, value=item)
        ws.cell(row=row, column=3, value=plan).number_format = MONEY
        ws.cell(row=row, column=4, value=actual).number_format = MONEY
        ws.cell(row=row, column=5, value=f'=IFERROR(D{row}/C{row},"")').number_format = PERCENT
    total = 3 + len(DACU_BUDGET_LINES)
    ws.cell(row=total, column=1, value="合计").font = BOLD
    ws.cell(row=total, column=3, value=f"=SUM(C3:C{total - 1})").number_format = MONEY
    ws.cell(row=total, column=4, value=f"=SUM(D3:D{total - 1})").number_format = MONEY
    # 预算总额 here is this sheet's own name (its total); elsewhere it is the approved cap.
    ws.cell(row=total + 1, column=1, value="占预算上限")
    ws.cell(row=total + 1, column=3, value="=预算总额/'参数'!$B$3").number_format = PERCENT
    ws["B10"].comment = Comment("保证金活动后退回，不算花费。", "财务")
    ws.conditional_formatting.add(
        f"E3:E{total - 1}", CellIsRule(operator="greaterThan", formula=["1"], fill=LATE_FILL)
    )

    chart = PieChart()
    chart.title = "预算构成"
    chart.add_data(Reference(ws, min_col=3, min_row=2, max_row=total - 2), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=3, max_row=total - 2))
    ws.add_chart(chart, "H2")
    return ws, total


DACU_SALES = [
    (dt.datetime(2026, 11, 1), 15000, 45000, 450, 480, 90000, 2500),
    (dt.datetime(2026, 11, 10), 22000, 66000, 700, 760, 140000, 3100),
    (dt.datetime(2026, 11, 11), 80000, 260000, 3600, 3900, 720000, 15800),
    (dt.datetime(2026, 11, 12), 20000, 60000, 600, 640, 120000, 2600),
]


def dacu_sales(wb):
    ws = wb.create_sheet("店铺数据")
    ws["A1"] = "双11 店铺整体数据"
    ws["A1"].font = TITLE
    names = ["统计日期", "访客数", "浏览量", "支付买家数", "支付子订单数", "支付金额", "退款金额"]
    for j, name in enumerate(names):
        ws.cell(row=3, column=1 + j, value=name)
    for i, line in enumerate(DACU_SALES):
        for j, v in enumerate(line):
            cell = ws.cell(row=4 + i, column=1 + j, value=v)
            if j == 0:
                cell.number_format = DATE
    end = 3 + len(DACU_SALES)
    table = Table(displayName="销售明细", ref=f"A3:G{end}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    ws.add_table(table)
    ws["I3"], ws["J3"] = "支付金额合计", "=SUM(销售明细[支付金额])"
    ws["I4"], ws["J4"] = "转化率目标", "=目标转化率"
    ws["J4"].number_format = PERCENT
    ws["I5"], ws["J5"] = "预算上限", "=预算总额"
    ws["I6"], ws["J6"] = "毛利率", "=毛利率"
    ws["J6"].number_format = PERCENT
    ws.add_image(picture(qr_like(), "L2", (87, 87)))
    ws.freeze_panes = "A4"
    ws["I7"], ws["J7"] = "退款率", "=SUM(G4:G7)/J3"
    ws["J7"].number_format = PERCENT

    chart = LineChart()
    chart.title = "访客数与支付买家数"
    chart.add_data(Reference(ws, min_col=2, min_row=3, max_row=end), titles_from_data=True)
    chart.add_data(Reference(ws, min_col=4, min_row=3, max_row=end), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=4, max_row=end))
    ws.add_chart(chart, "I9")
    return ws


DACU_CHANNELS = [
    ("关键词推广", 52000, 1560000, 31200, 234000, 4.5),
    ("人群推广", 28500, 2400000, 19000, 71250, 2.5),
    ("全站推广", 40000, 3100000, 42000, 200000, 5),
    ("淘宝客", 16200, None, None, 97200, 6),
]


def dacu_channels(wb):
    ws = wb.create_sheet("推广渠道")
    header_row(ws, 1, ["渠道", "花费", "展现量", "点击量", "成交金额", "投入产出比"])
    for i, line in enumerate(DACU_CHANNELS):
        for j, v in enumerate(line):
            ws.cell(row=2 + i, column=1 + j, value=v)
    ws["A7"] = "说明：投入产出比 = 成交金额 ÷ 花费"
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.title = "花费与成交"
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=5), titles_from_data=True)
    chart.add_data(Reference(ws, min_col=5, min_row=1, max_row=5), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=5))
    ws.add_chart(chart, "H2")
    return ws


def dacu_parameters(wb):
    ws = wb.create_sheet("参数")
    ws.sheet_state = "hidden"
    ws["A1"], ws["B1"] = "参数", "值"
    ws["A2"], ws["B2"] = "毛利率", 0.35
    ws["A3"], ws["B3"] = "预算上限", 200000
    ws["A4"], ws["B4"] = "预算总额（本表）", "=预算总额"
    ws["D1"] = "部门"
    for i, dept in enumerate(["运营", "推广", "美工", "文案", "客服", "仓库", "财务"]):
        ws.cell(row=2 + i, column=4, value=dept)
    return ws


def dacu(path):
    wb = Workbook()
    fixed_properties(wb, "双11大促推进表", dt.datetime(2026, 9, 15, 14, 30))
    dacu_plan(wb)
    _, total = dacu_budget(wb)
    dacu_sales(wb)
    dacu_channels(wb)
    dacu_parameters(wb)
    # The same name twice: for the workbook the approved cap, on the budget sheet its own total.
    book_name(wb, "预算总额", "'参数'!$B$3")
    scoped_name(wb, "预算总额", DACU_BUDGET, f"'{DACU_BUDGET}'!$C${total}")
    book_name(wb, "毛利率", "'参数'!$B$2")
    book_name(wb, "部门列表", "'参数'!$D$2:$D$8")
    book_name(wb, "目标转化率", "0.03")
    wb.save(path)


# ---------------------------------------------------------------------------------------------
# libreoffice-dianpu.fods: a 店铺活动 workbook LibreOffice converts to xlsx (build.sh)
# ---------------------------------------------------------------------------------------------

FODS_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
}

EPOCH = dt.datetime(1899, 12, 30)


def fods_cell(v, style=None, formula=None, note=None, span=None, validation=None):
    """One table:table-cell: a number, a date (typed as a date), text, or a formula (LibreOffice
    computes it on load)."""
    attrs = []
    if validation:
        attrs.append(f"table:content-validation-name={quoteattr(validation)}")
    if style:
        attrs.append(f"table:style-name={quoteattr(style)}")
    if span:
        attrs.append(f'table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"')
    if formula:
        attrs.append(f"table:formula={quoteattr('of:' + formula)}")
    body = ""
    if isinstance(v, dt.datetime):
        attrs.append(f'office:value-type="date" office:date-value="{v.isoformat()}"')
        body = f"<text:p>{v.strftime('%Y/%m/%d %H:%M' if v.hour else '%Y/%m/%d')}</text:p>"
    elif isinstance(v, (int, float)) and not isinstance(v, bool):
        attrs.append(f'office:value-type="float" office:value="{v}"')
        body = f"<text:p>{v}</text:p>"
    elif isinstance(v, str):
        attrs.append('office:value-type="string"')
        body = f"<text:p>{escape(v)}</text:p>"
    if note:
        author, text = note
        body = (
            '<office:annotation><dc:creator>' + escape(author) + "</dc:creator>"
            "<dc:date>2026-09-01T09:00:00</dc:date><text:p>" + escape(text) + "</text:p></office:annotation>" + body
        )
    return f"<table:table-cell {' '.join(attrs)}>{body}</table:table-cell>"


def fods_row(cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def plain(values):
    return [fods_cell(v) for v in values]


DIANPU_TASKS = [
    ("活动前", "运营", "确定活动主题与利益点", "前35天", "运营主管", "已完成"),
    (None, "美工", "活动页面设计", "活动前3-7天", "美工主管", "进行中"),
    (None, "文案", "推广文案与短信", "前2天", "文案", "未开始"),
    (None, "仓库", "赠品与包装材料到仓", dt.datetime(2026, 9, 10), "仓库主管", "未开始"),
    ("活动中", "客服", "客服排班，30秒内响应", "活动当天", "客服主管", "未开始"),
    (None, "推广", "每30分钟对比流量", "活动开始后1小时", "推广主管", "未开始"),
    ("活动后", "运营", "活动复盘", "活动结束后2天", "店长", "未开始"),
]


def dianpu_plan_rows():
    rows = [
        fods_row([fods_cell("店铺周年庆 推进表", style="title", span=(1, 4))]
                 + ["<table:covered-table-cell/>"] * 3
                 + [fods_cell("目标"), fods_cell(3), fods_cell("目标×1"),
                    fods_cell(None, formula="目标*1")]),
        fods_row([fods_cell("里程碑", style="bold"), fods_cell("活动开始"),
                  fods_cell(dt.datetime(2026, 9, 20, 10, 0), style="datetime"),
                  fods_cell("活动结束"), fods_cell(dt.datetime(2026, 9, 22, 23, 59), style="datetime")]),
        fods_row([fods_cell(h, style="header") for h in ["序号", "阶段", "部门", "事项", "截止时间", "负责人", "状态"]]),
    ]
    spans = {0: 4, 4: 2, 6: 1}
    for i, (phase, dept, task, due, owner, status) in enumerate(DIANPU_TASKS):
        first = [fods_cell(i + 1)]
        if i in spans:
            first.append(fods_cell(phase, span=(spans[i], 1)))
        else:
            first.append("<table:covered-table-cell/>")
        note = ("美工主管", "页面要提前3天上线预热。") if i == 1 else None
        rows.append(fods_row(first + [
            fods_cell(dept), fods_cell(task, note=note),
            fods_cell(due, style="date" if isinstance(due, dt.datetime) else None),
            fods_cell(owner), fods_cell(status, validation="状态"),
        ]))
    return rows


DIANPU_BUDGET = [
    ("推广", "关键词推广", None, None, None, 15000, 14200),
    (None, "短信", 0.05, 30000, None, None, 1500),
    ("人员费用", "临促", 50, 4, 3, None, 600),
    ("物料制作", "售后卡", 0.2, 5000, None, None, 1000),
    ("优惠补贴", "满减", None, None, None, 12000, 12800),
]


def dianpu_budget_rows():
    rows = [
        fods_row([fods_cell("周年庆预算（元）", style="title")]),
        fods_row([fods_cell(h, style="header") for h in ["类别", "项目", "单价", "数量", "天数", "金额", "实际花费"]]),
    ]
    for i, line in enumerate(DIANPU_BUDGET):
        note = ("财务", "按上月报价。") if i == 3 else None
        cells = [fods_cell(v, style="money" if j in (5, 6) and v is not None else None,
                           note=note if j == 1 else None,
                           validation="数量" if j == 3 else None) for j, v in enumerate(line)]
        rows.append(fods_row(cells))
    end = 2 + len(DIANPU_BUDGET)
    rows.append(fods_row([fods_cell(None), fods_cell("合计", style="bold"), fods_cell(None), fods_cell(None),
                          fods_cell(None), fods_cell(None, style="money", formula=f"SUM([.F3:.F{end}])"),
                          fods_cell(None, style="money", formula=f"SUM([.G3:.G{end}])")]))
    return rows


DIANPU_SALES = [
    (dt.datetime(2026, 9, 20), 6000, 18000, 180, 190, 36000, 900),
    (dt.datetime(2026, 9, 21), 9000, 27000, 300, 320, 60000, 1500),
    (dt.datetime(2026, 9, 22), 7000, 21000, 210, 220, 42000, 1100),
]


def dianpu_sales_rows():
    rows = [
        fods_row(plain(["周年庆 店铺数据"])),
        fods_row(plain(["毛利率", 0.45, "销售额目标", 150000])),
        fods_row([]),
        fods_row([fods_cell(h, style="header") for h in ["统计日期", "访客数", "浏览量", "支付买家数", "支付子订单数", "支付金额", "退款金额"]]),
    ]
    for line in DIANPU_SALES:
        rows.append(fods_row([fods_cell(v, style="date" if j == 0 else None) for j, v in enumerate(line)]))
    rows.append(fods_row([]))
    rows.append(fods_row([fods_cell("支付金额合计"), fods_cell(None), fods_cell(None), fods_cell(None), fods_cell(None),
                          fods_cell(None, formula="SUM([.F5:.F7])", style="money")]))
    return rows


DIANPU_CHANNELS = [
    ("关键词推广", "付费", 14200, 420000, 8400, 56800),
    ("短信", "CRM", 1500, None, None, 9000),
    ("淘宝客", "付费", 3000, None, None, 15000),
    ("自然流量", "免费", 0, 900000, 30000, 58000),
]


def dianpu_channel_rows():
    rows = [fods_row([fods_cell(h, style="header") for h in ["渠道", "类型", "花费", "展现", "点击", "成交金额"]])]
    for line in DIANPU_CHANNELS:
        rows.append(fods_row(plain(line)))
    return rows


def dianpu_notes_rows():
    return [
        fods_row(plain(["目标", 4])),
        fods_row([fods_cell("目标×1"), fods_cell(None, formula="目标*1")]),
        fods_row([fods_cell("保本ROI"), fods_cell(None, formula="1/毛利率")]),
        fods_row([fods_cell("活动开始"), fods_cell(None, formula="活动开始", style="datetime")]),
    ]


def fods_table(name, rows, columns, extra="", named="", print_range=None):
    cols = "".join(
        f'<table:table-column table:style-name="co{w}"/>' for w in columns
    )
    attrs = f"table:name={quoteattr(name)}"
    if print_range:
        attrs += f" table:print-ranges={quoteattr(print_range)}"
    names = f"<table:named-expressions>{named}</table:named-expressions>" if named else ""
    return f"<table:table {attrs}>{cols}{''.join(rows)}{extra}{names}</table:table>"


def named_range(name, ref, base):
    return (
        f"<table:named-range table:name={quoteattr(name)} table:base-cell-address={quoteattr(base)}"
        f" table:cell-range-address={quoteattr(ref)}/>"
    )


FODS_STYLES = """
<office:styles>
  <style:style style:name="Default" style:family="table-cell"/>
  <style:style style:name="已完成" style:family="table-cell" style:parent-style-name="Default">
    <style:table-cell-properties fo:background-color="#c6efce"/>
  </style:style>
  <style:style style:name="超支" style:family="table-cell" style:parent-style-name="Default">
    <style:table-cell-properties fo:background-color="#ffc7ce"/>
  </style:style>
</office:styles>
<office:automatic-styles>
  <number:date-style style:name="N_DATE"><number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/></number:date-style>
  <number:date-style style:name="N_DATETIME"><number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
  <number:currency-style style:name="N_MONEY"><number:currency-symbol>¥</number:currency-symbol><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:currency-style>
  <style:style style:name="co6" style:family="table-column"><style:table-column-properties style:column-width="0.6in"/></style:style>
  <style:style style:name="co10" style:family="table-column"><style:table-column-properties style:column-width="1in"/></style:style>
  <style:style style:name="co20" style:family="table-column"><style:table-column-properties style:column-width="2in"/></style:style>
  <style:style style:name="title" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="bold" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="header" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #999999"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="date" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_DATE"/>
  <style:style style:name="datetime" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_DATETIME"/>
  <style:style style:name="money" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N_MONEY"/>
</office:automatic-styles>
"""


def dianpu_fods(path):
    plan_end = 3 + len(DIANPU_TASKS)
    budget_end = 2 + len(DIANPU_BUDGET)
    validations = f"""
<table:content-validations>
  <table:content-validation table:name="状态" table:condition="of:cell-content-is-in-list(&quot;未开始&quot;;&quot;进行中&quot;;&quot;已完成&quot;)" table:allow-empty-cell="true" table:base-cell-address="'推进表'.G4">
    <table:error-message table:display="true" table:message-type="stop"><text:p>请选择未开始、进行中或已完成</text:p></table:error-message>
  </table:content-validation>
  <table:content-validation table:name="数量" table:condition="of:cell-content-is-whole-number() and cell-content()&gt;=0" table:allow-empty-cell="true" table:base-cell-address="'预算'.D3">
    <table:error-message table:display="true" table:message-type="stop"><text:p>数量填整数</text:p></table:error-message>
  </table:content-validation>
</table:content-validations>"""
    plan_rows = dianpu_plan_rows()
    budget_rows = dianpu_budget_rows()
    plan_cf = f"""
<calcext:conditional-formats>
  <calcext:conditional-format calcext:target-range-address="'推进表'.G4:'推进表'.G{plan_end}">
    <calcext:condition calcext:apply-style-name="已完成" calcext:value="=&quot;已完成&quot;" calcext:base-cell-address="'推进表'.G4"/>
  </calcext:conditional-format>
</calcext:conditional-formats>"""
    budget_cf = f"""
<calcext:conditional-formats>
  <calcext:conditional-format calcext:target-range-address="'预算'.G3:'预算'.G{budget_end}">
    <calcext:condition calcext:apply-style-name="超支" calcext:value="formula-is(AND(ISNUMBER($F3);$G3&gt;$F3))" calcext:base-cell-address="'预算'.G3"/>
  </calcext:conditional-format>
</calcext:conditional-formats>"""
    pivot = """
<table:data-pilot-tables>
  <table:data-pilot-table table:name="渠道汇总" table:target-range-address="'渠道汇总'.A1:'渠道汇总'.C7" table:buttons="'渠道汇总'.A1">
    <table:source-cell-range table:cell-range-address="'推广渠道'.A1:'推广渠道'.F5"/>
    <table:data-pilot-field table:source-field-name="类型" table:orientation="row"><table:data-pilot-level table:show-empty="false"/></table:data-pilot-field>
    <table:data-pilot-field table:source-field-name="花费" table:orientation="data" table:function="sum"/>
    <table:data-pilot-field table:source-field-name="成交金额" table:orientation="data" table:function="sum"/>
    <table:data-pilot-field table:source-field-name="" table:is-data-layout-field="true" table:orientation="column"/>
  </table:data-pilot-table>
</table:data-pilot-tables>"""
    tables = "".join([
        fods_table("推进表", plan_rows, [6, 10, 10, 20, 10, 10, 10], extra=plan_cf,
                   named=named_range("目标", "$'推进表'.$F$1", "$'推进表'.$A$1"),
                   print_range=f"'推进表'.A1:'推进表'.G{plan_end}"),
        fods_table("预算", budget_rows, [10, 10, 10, 10, 10, 10, 10], extra=budget_cf),
        fods_table("店铺数据", dianpu_sales_rows(), [10, 10, 10, 10, 10, 10, 10]),
        fods_table("推广渠道", dianpu_channel_rows(), [10, 10, 10, 10, 10, 10]),
        fods_table("渠道汇总", [fods_row([])], [10, 10, 10]),
        fods_table("说明", dianpu_notes_rows(), [10, 10],
                   named=named_range("目标", "$'说明'.$B$1", "$'说明'.$A$1")),
    ])
    book_names = (
        "<table:named-expressions>"
        + named_range("毛利率", "$'店铺数据'.$B$2", "$'店铺数据'.$A$1")
        + named_range("活动开始", "$'推进表'.$C$2", "$'推进表'.$A$1")
        + "</table:named-expressions>"
    )
    ns = " ".join(f'xmlns:{k}="{v}"' for k, v in FODS_NS.items())
    meta = """
<office:meta>
  <meta:initial-creator>王店长</meta:initial-creator>
  <dc:creator>王店长</dc:creator>
  <dc:title>店铺周年庆推进表</dc:title>
  <meta:creation-date>2026-08-20T10:00:00</meta:creation-date>
  <dc:date>2026-08-20T10:00:00</dc:date>
  <meta:user-defined meta:name="项目编号">DP-2026-09</meta:user-defined>
  <meta:user-defined meta:name="负责人">王店长</meta:user-defined>
  <meta:user-defined meta:name="预算上限" meta:value-type="float">80000</meta:user-defined>
  <meta:user-defined meta:name="已审批" meta:value-type="boolean">true</meta:user-defined>
</office:meta>"""
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {ns} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
{meta}
{FODS_STYLES}
<office:body><office:spreadsheet>
{validations}
{tables}
{book_names}
{pivot}
</office:spreadsheet></office:body>
</office:document>
"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    juhuasuan(os.path.join(out, "openpyxl-juhuasuan.xlsx"))
    dacu(os.path.join(out, "openpyxl-dacu.xlsx"))
    dianpu_fods(os.path.join(out, "libreoffice-dianpu.fods"))


if __name__ == "__main__":
    main()
