// Draws an account's MRR over time with ECharts: the levels as a step line, the movements as coloured points.
// The page passes the data as JSON in data-mrr-chart (the Content-Security-Policy allows no inline script).
(function () {
  var COLOURS = {
    NEW: '#2e7d32', EXPANSION: '#1565c0', REACTIVATION: '#6a1b9a', CONTRACTION: '#ef6c00', CHURN: '#c62828'
  };

  function yen(value) {
    return '¥' + Number(value).toLocaleString('ja-JP');
  }

  function signed(value) {
    return (value > 0 ? '+' : '−') + yen(Math.abs(value));
  }

  function draw(element) {
    if (element.getAttribute('data-drawn') === 'true' || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-mrr-chart'));
    var chart = echarts.init(element, null, { locale: data.locale === 'ja' ? 'JA' : 'EN', renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 90, right: 24, top: 24, bottom: 40 },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          if (p.seriesIndex === 1) {
            var m = data.movements[p.dataIndex];
            return m.date + ' ' + m.label + ' ' + signed(m.amount) + '<br>' + yen(m.before) + ' → ' + yen(m.after);
          }
          return p.value[0] + ' ' + yen(p.value[1]);
        }
      },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', min: 0, axisLabel: { formatter: yen } },
      series: [
        {
          name: data.amountLabel, type: 'line', step: 'end', showSymbol: false,
          lineStyle: { width: 2, color: '#37474f' }, areaStyle: { color: 'rgba(55, 71, 79, 0.08)' },
          data: data.levels.map(function (l) { return [l.date, l.mrr]; })
        },
        {
          name: 'movements', type: 'scatter', symbolSize: 10,
          data: data.movements.map(function (m) {
            return { value: [m.date, m.after], itemStyle: { color: COLOURS[m.kind] || '#555' } };
          })
        }
      ]
    });
    element.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll(root) {
    var elements = (root || document).querySelectorAll('[data-mrr-chart]');
    for (var i = 0; i < elements.length; i++) {
      draw(elements[i]);
    }
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:load', function (event) { drawAll(event.target); });
})();
