// Draws a dashboard chart with ECharts: bars (the funnel's counts, revenue by month) and an optional line over them
// (the target). The page passes the data as JSON in data-kpi-chart (the Content-Security-Policy allows no inline
// script); the numbers are also in the table next to the chart.
(function () {
  function yen(value) {
    return '¥' + Number(value).toLocaleString('ja-JP');
  }

  function count(value) {
    return Number(value).toLocaleString('ja-JP');
  }

  function draw(element) {
    if (element.getAttribute('data-drawn') === 'true' || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-kpi-chart'));
    var format = data.yen ? yen : count;
    var series = [{ name: data.bars.name, type: 'bar', data: data.bars.values, itemStyle: { color: '#37474f' } }];
    if (data.line) {
      series.push({ name: data.line.name, type: 'line', data: data.line.values, connectNulls: false,
        lineStyle: { color: '#c62828', width: 2 }, itemStyle: { color: '#c62828' } });
    }
    var chart = echarts.init(element, null, { locale: data.locale === 'ja' ? 'JA' : 'EN', renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 90, right: 24, top: 32, bottom: 40 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : format(v); } },
      xAxis: { type: 'category', data: data.categories },
      yAxis: { type: 'value', min: 0, axisLabel: { formatter: format } },
      series: series
    });
    element.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll(root) {
    var elements = (root || document).querySelectorAll('[data-kpi-chart]');
    for (var i = 0; i < elements.length; i++) {
      draw(elements[i]);
    }
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:load', function (event) { drawAll(event.target); });
})();
